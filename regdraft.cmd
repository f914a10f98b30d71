@echo off
rem regdraft launcher for Windows: builds the jar when missing, then runs it.
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
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 %REGDRAFT_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
