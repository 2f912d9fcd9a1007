; 直播助手 LiveHelper — Windows installer (NSIS 3, Unicode). docs/building.md explains the release order.
;
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DDIST=..\dist\LiveHelper ^
;            -DOUTFILE=..\dist\LiveHelper-0.1.0-setup.exe installer\livehelper.nsi
;
; makensis changes to this script's folder first, so relative paths are relative to installer\.
;
; Per user, no administrator rights: installs to %LOCALAPPDATA%\Programs\LiveHelper, shortcuts and the
; uninstall entry go to the current user only. Installing over an existing copy upgrades it in place.
; The user's data (%APPDATA%\LiveHelper, logs in %LOCALAPPDATA%\LiveHelper) stays unless the uninstaller's
; "remove my data" box is ticked.

Unicode true
ManifestDPIAware true
!ifdef NO_COMPRESSION
  SetCompress off  ; CI's compile check (-DNO_COMPRESSION): seconds instead of minutes, same script otherwise
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "pass the version: makensis -DVERSION=x.y.z"
!endif
!ifndef DIST
  !define DIST "..\dist\LiveHelper"
!endif
!ifndef OUTFILE
  !define OUTFILE "LiveHelper-${VERSION}-setup.exe"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"  ; VIProductVersion wants four numbers; the build script passes them
!endif

!define APP_NAME "LiveHelper"
!define APP_EXE "LiveHelper.exe"
!define CLI_EXE "livehelper-cli.exe"  ; the console twin for the command line (build.spec)
!define APP_PATHS_KEY "Software\Microsoft\Windows\CurrentVersion\App Paths\${CLI_EXE}"
!define MIN_WINDOWS_BUILD 17763  ; Windows 10 1809, the oldest Windows Qt 6 supports (64-bit only)
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\LiveHelper"
!define SETTINGS_KEY "Software\LiveHelper"

Name "$(AppTitle)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\LiveHelper"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
RequestExecutionLevel user
BrandingText "LiveHelper ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "直播助手 LiveHelper"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "直播助手 LiveHelper setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT licence"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"
!include "StrFunc.nsh"
${StrLoc}
${UnStrLoc}
${UnStrRep}

!define MUI_ICON "..\resources\icons\livehelper.ico"
!define MUI_UNICON "..\resources\icons\livehelper.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when Windows' own language is neither.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString AppTitle ${LANG_SIMPCHINESE} "直播助手 LiveHelper"
LangString AppTitle ${LANG_ENGLISH} "LiveHelper"
LangString ShortcutName ${LANG_SIMPCHINESE} "直播助手"
LangString ShortcutName ${LANG_ENGLISH} "LiveHelper"
LangString SectionApp ${LANG_SIMPCHINESE} "直播助手（必需）"
LangString SectionApp ${LANG_ENGLISH} "LiveHelper (required)"
LangString SectionDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SectionDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SectionRemoveData ${LANG_SIMPCHINESE} "同时删除我的数据（商品、订单、备份和日志）"
LangString SectionRemoveData ${LANG_ENGLISH} "Also remove my data (products, orders, backups and logs)"
LangString StillRunning ${LANG_SIMPCHINESE} "直播助手正在运行（可能是窗口，也可能是没有窗口的帮手服务 serve）。请先关闭它，再点“重试”。"
LangString StillRunning ${LANG_ENGLISH} "LiveHelper is running (a window, or the helper service 'serve' without one). Please close it, then click Retry."
LangString UnsupportedWindows ${LANG_SIMPCHINESE} "直播助手需要 64 位的 Windows 10（1809 版或更新）或 Windows 11。这台电脑的 Windows 太旧或是 32 位的，装上也打不开。请在较新的电脑上安装。"
LangString UnsupportedWindows ${LANG_ENGLISH} "LiveHelper needs 64-bit Windows 10 (version 1809 or later) or Windows 11. This PC's Windows is older or 32-bit, where LiveHelper cannot start."
LangString PathTooLong ${LANG_SIMPCHINESE} "用户 PATH 太长，没有加入安装目录；命令行版可用完整路径运行："
LangString PathTooLong ${LANG_ENGLISH} "The user PATH is too long to extend safely; run the command-line version by its full path:"

; Windows keeps a running program's files locked: if an exe cannot be opened for writing, LiveHelper runs from it.
; Both exes: the windowed one (the app, or `LiveHelper.exe serve` from a scheduled task, with no window at all)
; and the console twin (`livehelper-cli serve`). No process-list plugin needed, and it also catches a copy
; started by another user of this folder.
!macro RefuseWhileRunningExe EXE
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    ${Do}
      ClearErrors
      FileOpen $0 "$INSTDIR\${EXE}" a
      ${IfNot} ${Errors}
        FileClose $0
        ${Break}
      ${EndIf}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY +2
      Abort
    ${Loop}
  ${EndIf}
!macroend
!macro RefuseWhileRunning
  !insertmacro RefuseWhileRunningExe "${APP_EXE}"
  !insertmacro RefuseWhileRunningExe "${CLI_EXE}"
!macroend

; Qt 6 runs on 64-bit Windows 10 1809 or later: anywhere else the app would die at start with a DLL error.
; (doc.qt.io/qt-6/windows.html: "Windows 10 (1809 or later)", x86_64 only.)
!macro RefuseUnsupportedWindows
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastBuild} ${MIN_WINDOWS_BUILD}
    MessageBox MB_OK|MB_ICONSTOP "$(UnsupportedWindows)" /SD IDOK
    Abort
  ${EndIf}
!macroend

; The console twin on the user's PATH, so that `livehelper-cli serve` works in a new cmd or PowerShell window.
; NSIS strings hold NSIS_MAX_STRLEN characters: a longer PATH would come back cut off, and writing it back would
; destroy it. So a PATH near that length is left alone (the App Paths entry and the full path still work).
Function AddToUserPath
  ReadRegStr $0 HKCU "Environment" "Path"
  StrLen $1 $0
  StrLen $2 $INSTDIR
  IntOp $1 $1 + $2
  IntOp $1 $1 + 8  ; the ; and some room
  ${If} $1 >= ${NSIS_MAX_STRLEN}
    DetailPrint "$(PathTooLong) $INSTDIR\${CLI_EXE}"
    Return
  ${EndIf}
  ${StrLoc} $1 ";$0;" ";$INSTDIR;" ">"
  ${If} $1 != ""
    Return  ; already there (a reinstall)
  ${EndIf}
  ${If} $0 == ""
    StrCpy $0 "$INSTDIR"
  ${Else}
    StrCpy $0 "$0;$INSTDIR"
  ${EndIf}
  WriteRegExpandStr HKCU "Environment" "Path" "$0"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
FunctionEnd

Function un.RemoveFromUserPath
  ReadRegStr $0 HKCU "Environment" "Path"
  StrLen $1 $0
  IntOp $1 $1 + 8
  ${If} $1 >= ${NSIS_MAX_STRLEN}
    Return  ; possibly cut off: never write back what was not read whole
  ${EndIf}
  ${UnStrLoc} $1 ";$0;" ";$INSTDIR;" ">"
  ${If} $1 == ""
    Return
  ${EndIf}
  ${UnStrRep} $0 ";$0;" ";$INSTDIR;" ";"
  StrCpy $0 $0 "" 1  ; the ; added in front
  StrCpy $0 $0 -1    ; and behind
  WriteRegExpandStr HKCU "Environment" "Path" "$0"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
FunctionEnd

; Both checks before any page: an unsupported Windows or a running LiveHelper stops the installer at once,
; not after the user has clicked through every page.
Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  !insertmacro RefuseUnsupportedWindows
  SetShellVarContext current
  !insertmacro RefuseWhileRunning
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  SetShellVarContext current
  !insertmacro RefuseWhileRunning
FunctionEnd

Section "$(SectionApp)" SecApp
  SectionIn RO
  SetShellVarContext current
  !insertmacro RefuseWhileRunning  ; again: the folder may have been changed, or the app started meanwhile
  ; The uninstaller and its Settings → Apps entry come first: an install that stops half-way (disk full, power
  ; cut) can still be removed.
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(AppTitle)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "LiveHelper"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  !ifdef HELP_URL  ; the project's page (scripts/build_frozen.py passes it when it knows it)
    WriteRegStr HKCU "${UNINSTALL_KEY}" "HelpLink" "${HELP_URL}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "URLInfoAbout" "${HELP_URL}"
  !endif
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ; Upgrade in place: the old version's libraries go, so that none of them lingers beside the new ones.
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*"
  CreateShortCut "$SMPROGRAMS\$(ShortcutName).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  ; The command line: App Paths (Win+R, `start livehelper-cli`) and the user's PATH (cmd, PowerShell).
  WriteRegStr HKCU "${APP_PATHS_KEY}" "" "$INSTDIR\${CLI_EXE}"
  WriteRegStr HKCU "${APP_PATHS_KEY}" "Path" "$INSTDIR"
  Call AddToUserPath
  ; Settings → Apps shows the size in KB (learn.microsoft.com/windows/win32/msi/uninstall-registry-key).
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SectionDesktop)" SecDesktop
  SetShellVarContext current
  CreateShortCut "$DESKTOP\$(ShortcutName).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Section "un.$(SectionApp)" UnSecApp
  SectionIn RO
  SetShellVarContext current
  !insertmacro RefuseWhileRunning
  ; Both names: the shortcuts were named in the installer's language, which may not be the uninstaller's.
  Delete "$SMPROGRAMS\直播助手.lnk"
  Delete "$SMPROGRAMS\LiveHelper.lnk"
  Delete "$DESKTOP\直播助手.lnk"
  Delete "$DESKTOP\LiveHelper.lnk"
  Call un.RemoveFromUserPath
  DeleteRegKey HKCU "${APP_PATHS_KEY}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd

; Unticked by default: uninstalling (or reinstalling) never loses the shop's data unless asked to.
Section /o "un.$(SectionRemoveData)" UnSecData
  SetShellVarContext current
  RMDir /r "$APPDATA\LiveHelper"
  RMDir /r "$LOCALAPPDATA\LiveHelper"
SectionEnd
