@echo off
rem Starts Seloste Studio on Windows: the Java launcher of Equinox (the native Eclipse launcher is not
rem published on Maven Central). This archive has no bundled runtime: it needs Java 21 or newer,
rem found in SELOSTE_JAVA (path of java.exe), JAVA_HOME, or on the PATH.
rem Arguments are passed on to Eclipse, e.g. -data DIR (default workspace: %USERPROFILE%\seloste-workspace).
setlocal EnableDelayedExpansion
set "HOME_DIR=%~dp0"

set "JAVA_EXE="
if defined SELOSTE_JAVA set "JAVA_EXE=%SELOSTE_JAVA%"
if not defined JAVA_EXE if exist "%HOME_DIR%jre\bin\java.exe" set "JAVA_EXE=%HOME_DIR%jre\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE (
	echo seloste-studio: no Java found. Install Java 21 or newer and put it on the PATH, or set JAVA_HOME or SELOSTE_JAVA. 1>&2
	exit /b 1
)

set "LAUNCHER="
for %%L in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
	echo seloste-studio: %HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar is missing. 1>&2
	exit /b 1
)

set "DATA=-data "%USERPROFILE%\seloste-workspace""
for %%A in (%*) do if /i "%%~A"=="-data" set "DATA="

rem -Dosgi.requiredJavaVersion: Equinox refuses to start on an older Java with a clear message
"%JAVA_EXE%" -Xms256m -Xmx2g -Dosgi.requiredJavaVersion=21 --enable-native-access=ALL-UNNAMED %SELOSTE_VMARGS% -jar "%LAUNCHER%" %DATA% %*
