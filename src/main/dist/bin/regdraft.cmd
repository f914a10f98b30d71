@echo off
rem regdraft launcher for Windows: runs lib\regdraft.jar with a Java 17+ runtime (no Maven needed).
rem On the first run, and again when the jar or the Java runtime changes, it makes a class-data
rem archive (static AppCDS) from a training run (the hidden "regdraft warmup", which works in a
rem temporary folder) and uses it on every later run; the JVM ignores a stale or broken archive.
rem Environment: JAVA_HOME, REGDRAFT_JAVA_OPTS, REGDRAFT_CDS=off, REGDRAFT_CDS_DIR, REGDRAFT_JAR.
setlocal EnableExtensions
chcp 65001 >nul
set "HERE=%~dp0"
if defined REGDRAFT_JAR (set "JAR=%REGDRAFT_JAR%") else (set "JAR=%HERE%..\lib\regdraft.jar")
for %%F in ("%JAR%") do set "JAR=%%~fF"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
if not exist "%JAR%" (
  echo regdraft: 找不到 %JAR% 1>&2
  exit /b 2
)
set OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -Xss4m -Xms64m -Xmx1g -XX:-UsePerfData -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8
set "CDS="
if /i "%REGDRAFT_CDS%"=="off" goto run
if defined REGDRAFT_CDS_DIR (set "CDSDIR=%REGDRAFT_CDS_DIR%") else (set "CDSDIR=%LOCALAPPDATA%\regdraft")
if not exist "%CDSDIR%" mkdir "%CDSDIR%" 2>nul
set "JSA=%CDSDIR%\regdraft.jsa"
rem the key: jar path, time and size, and the Java in use; a change makes a new archive
for %%F in ("%JAR%") do set "KEY=%%~fF %%~tF %%~zF %JAVA% %JAVA_HOME%"
set "OLDKEY="
if exist "%JSA%.key" set /p OLDKEY=<"%JSA%.key"
if not "%OLDKEY%"=="%KEY%" (
  echo regdraft: 正在生成启动加速归档（仅在首次运行或 regdraft、Java 更新后进行，约需十秒）…… 1>&2
  del /f /q "%JSA%" "%JSA%.classes" 2>nul
  "%JAVA%" %OPTS% -Xshare:off -XX:DumpLoadedClassList="%JSA%.classes" -jar "%JAR%" warmup >nul 2>&1
  "%JAVA%" %OPTS% -Xshare:dump -XX:SharedClassListFile="%JSA%.classes" -XX:SharedArchiveFile="%JSA%" -cp "%JAR%" >nul 2>&1
  del /f /q "%JSA%.classes" 2>nul
  >"%JSA%.key" echo %KEY%
)
if exist "%JSA%" set CDS=-XX:SharedArchiveFile="%JSA%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
:run
"%JAVA%" %OPTS% %CDS% %REGDRAFT_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
