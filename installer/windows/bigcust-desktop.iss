; Inno Setup script of bigcust-desktop: installs the PyInstaller bundle for the current user only.
; No admin rights: files go to %LOCALAPPDATA%\Programs\bigcust-desktop, the shortcut to the user's
; Start menu, the uninstaller registers under HKCU. Built by .github/workflows/windows.yml:
;
;   pyinstaller --noconfirm --clean --distpath dist --workpath build installer\bigcust-desktop.spec
;   iscc /DAppVersion=<bigcust_desktop.__version__> installer\windows\bigcust-desktop.iss
;
; Output: dist\installer\bigcust-desktop-<version>-setup.exe. Cannot be built or run on Linux.

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\bigcust-desktop"
#endif
#define AppExe "bigcust-desktop.exe"
#define CliExe "bigcust-desktop-cli.exe"

; The version has one source, bigcust_desktop.__version__: the spec writes it into the
; executable's version resource, and the build passes it here. Both must agree.
#define ExeVersion GetStringFileInfo(AddBackslash(BundleDir) + AppExe, "ProductVersion")
#if ExeVersion == ""
  #error The bundle is missing or has no version: build it with installer/bigcust-desktop.spec first
#endif
#ifndef AppVersion
  #define AppVersion ExeVersion
#endif
#if AppVersion != ExeVersion
  #error AppVersion differs from the version of the bundle's executable
#endif

[Setup]
; The AppId identifies the product across versions (upgrades, uninstall): never change it.
AppId={{5B0E3C8A-6F2D-4C41-9B7E-2D4C8F1A6E93}
AppName=bigcust-desktop
AppVersion={#AppVersion}
AppVerName=bigcust-desktop {#AppVersion}
AppPublisher=bigcust
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
; Per-user install: no elevation prompt, and the user cannot switch to a machine-wide one.
PrivilegesRequired=lowest
DefaultDirName={autopf}\bigcust-desktop
DefaultGroupName=bigcust-desktop
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=bigcust-desktop-{#AppVersion}-setup
SetupIconFile=bigcust-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=bigcust-desktop {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running app is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup 6.5 and later ship Simplified Chinese; older compilers build an English-only setup.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version's bundle replaces the old one whole: a library left over from an older Qt or
; Python in _internal would be loaded by mistake.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\bigcust-desktop"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\bigcust-desktop"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,bigcust-desktop}"; Flags: nowait postinstall skipifsilent

; The user's data (the encrypted cache, settings, logs, exports under
; %LOCALAPPDATA%\bigcust\bigcust-desktop) is not removed on uninstall: it may hold changes not
; yet synced. Signing out in the app wipes it.

[Code]
// After the files are in place, the installed app checks itself (bigcust-desktop-cli.exe
// --self-check: store, migrations, translations, Qt, charts; offline, no window). Its one line
// goes to the setup log; a failure is shown (or only logged in a /SUPPRESSMSGBOXES install).
procedure RunSelfCheck();
var
  Output: String;
  Line: AnsiString;
  ResultCode: Integer;
begin
  Output := ExpandConstant('{tmp}\self-check.txt');
  if not Exec(ExpandConstant('{cmd}'),
      '/C ""' + ExpandConstant('{app}\{#CliExe}') + '" --self-check > "' + Output + '" 2>&1"',
      ExpandConstant('{app}'), SW_HIDE, ewWaitUntilTerminated, ResultCode) then
    ResultCode := -1;
  if not LoadStringFromFile(Output, Line) then
    Line := '(no output)';
  Log('bigcust-desktop self-check exit code ' + IntToStr(ResultCode) + ': ' + String(Line));
  if ResultCode <> 0 then
    SuppressibleMsgBox('bigcust-desktop was installed, but its self-check failed:' + #13#10#13#10 +
      String(Line) + #13#10 + 'Please send this message to support.', mbError, MB_OK, IDOK);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    RunSelfCheck();
end;
