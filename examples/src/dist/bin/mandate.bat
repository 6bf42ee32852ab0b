@echo off
rem mandate: reads Chinese government task-allocation documents (see mandate --help).
rem JVM options: JAVA_OPTS and MANDATE_OPTS, e.g. set MANDATE_OPTS=-Xmx2g
setlocal
set "HOME_DIR=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 %JAVA_OPTS% %MANDATE_OPTS% -cp "%HOME_DIR%\lib\*" dev.mandate.examples.cli.MandateCli %*
exit /b %ERRORLEVEL%
