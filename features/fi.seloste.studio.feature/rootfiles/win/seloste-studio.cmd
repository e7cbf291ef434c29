@echo off
rem Starts Seloste Studio on Windows: the Java launcher of Equinox (the native Eclipse launcher is not
rem published on Maven Central). This archive has no bundled runtime: it needs Java 21 or newer,
rem found in SELOSTE_JAVA (path of java.exe), JAVA_HOME, or on the PATH.
rem Arguments are passed on to Eclipse, e.g. -data DIR (default workspace: %USERPROFILE%\seloste-workspace).
rem Plain setlocal: delayed expansion would strip ! from paths and arguments. The messages are outside
rem ( ) blocks: a path such as C:\Program Files (x86)\... would end the block early.
setlocal
set "HOME_DIR=%~dp0"

rem started by a double-click (cmd.exe /c "...seloste-studio.cmd"): keep the window open on an error
set "PAUSE_ON_ERROR="
set "CMD_LINE=%CMDCMDLINE:"=%"
if /i not "%CMD_LINE: /c =%"=="%CMD_LINE%" set "PAUSE_ON_ERROR=1"

set "JAVA_EXE="
if defined SELOSTE_JAVA set "JAVA_EXE=%SELOSTE_JAVA%"
if not defined JAVA_EXE if exist "%HOME_DIR%jre\bin\java.exe" set "JAVA_EXE=%HOME_DIR%jre\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE goto :no_java

rem the Java version, as the sh script checks it: java.specification.version (21, or 1.8 for Java 8)
set "JAVA_SPEC="
set "JAVA_MAJOR="
set "JAVA_PROPS=%TEMP%\seloste-studio-java-%RANDOM%.txt"
"%JAVA_EXE%" -XshowSettings:properties -version > "%JAVA_PROPS%" 2>&1
for /f "usebackq tokens=1,3" %%A in ("%JAVA_PROPS%") do if "%%A"=="java.specification.version" set "JAVA_SPEC=%%B"
del "%JAVA_PROPS%" > nul 2>&1
if defined JAVA_SPEC for /f "delims=." %%M in ("%JAVA_SPEC%") do set "JAVA_MAJOR=%%M"
if not defined JAVA_MAJOR set "JAVA_MAJOR=0"
if %JAVA_MAJOR% LSS 21 goto :old_java
rem Java 23+ warns when libraries (Guava, EMF) use sun.misc.Unsafe memory access; the option is new in 23
set "EXTRA="
if %JAVA_MAJOR% GEQ 23 set "EXTRA=--sun-misc-unsafe-memory-access=allow"

set "LAUNCHER="
for %%L in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER goto :no_launcher

rem -data unless the caller chose a workspace. The loop splits the arguments at = , ; as well as at
rem spaces, which cannot hide a -data (it stays a word of its own); %* goes to Java unchanged.
set "DATA=-data "%USERPROFILE%\seloste-workspace""
for %%A in (%*) do if /i "%%~A"=="-data" set "DATA="

rem -Dosgi.requiredJavaVersion: Equinox refuses to start on an older Java with a clear message
rem the JVM shows splash.png at once; fi.seloste.studio draws the progress on it and closes it
set "SPLASH="
if exist "%HOME_DIR%splash.png" set SPLASH="-splash:%HOME_DIR%splash.png"
"%JAVA_EXE%" %SPLASH% -Xms256m -Xmx2g -Dosgi.requiredJavaVersion=21 --enable-native-access=ALL-UNNAMED %EXTRA% %SELOSTE_VMARGS% -jar "%LAUNCHER%" %DATA% %*
exit /b %ERRORLEVEL%

:no_java
echo seloste-studio: no Java found. Install Java 21 or newer and put it on the PATH, or set JAVA_HOME or SELOSTE_JAVA. 1>&2
goto :fail

:old_java
if defined JAVA_SPEC echo seloste-studio: "%JAVA_EXE%" is Java %JAVA_SPEC%; Seloste Studio needs Java 21 or newer. 1>&2
if not defined JAVA_SPEC echo seloste-studio: "%JAVA_EXE%" did not run or did not tell its version; Seloste Studio needs Java 21 or newer. 1>&2
echo   Install Java 21 or newer and put it on the PATH, or set JAVA_HOME or SELOSTE_JAVA (the path of its java.exe). 1>&2
goto :fail

:no_launcher
echo seloste-studio: "%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar" is missing: not a Seloste Studio installation? 1>&2
goto :fail

:fail
if defined PAUSE_ON_ERROR pause
exit /b 1
