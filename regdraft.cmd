@echo off
rem regdraft launcher for a source checkout on Windows: builds the jar when missing, then runs it
rem through the distribution launcher (src\main\dist\bin\regdraft.cmd), which keeps a class-data
rem archive for fast start-up.
setlocal
chcp 65001 >nul
set "HERE=%~dp0"
set "JAR=%HERE%target\regdraft.jar"
if not exist "%JAR%" (
  echo regdraft: 正在构建…… 1>&2
  pushd "%HERE%"
  call mvn -q -Dmaven.test.skip=true package || (popd & echo regdraft: 构建失败 1>&2 & exit /b 2)
  popd
)
set "REGDRAFT_JAR=%JAR%"
if not defined REGDRAFT_CDS_DIR set "REGDRAFT_CDS_DIR=%HERE%target"
call "%HERE%src\main\dist\bin\regdraft.cmd" %*
exit /b %ERRORLEVEL%
