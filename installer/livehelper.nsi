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
LangString StillRunning ${LANG_SIMPCHINESE} "直播助手正在运行。请先关闭它，再点“重试”。"
LangString StillRunning ${LANG_ENGLISH} "LiveHelper is running. Please close it, then click Retry."

; Windows keeps a running program's files locked: if the exe cannot be opened for writing, LiveHelper is open.
; (No process-list plugin needed, and it also catches a copy started by another user of this folder.)
!macro RefuseWhileRunning
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    ${Do}
      ClearErrors
      FileOpen $0 "$INSTDIR\${APP_EXE}" a
      ${IfNot} ${Errors}
        FileClose $0
        ${Break}
      ${EndIf}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY +2
      Abort
    ${Loop}
  ${EndIf}
!macroend

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "$(SectionApp)" SecApp
  SectionIn RO
  SetShellVarContext current
  !insertmacro RefuseWhileRunning
  ; Upgrade in place: the old version's libraries go first, so that none of them lingers beside the new ones.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\$(ShortcutName).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(AppTitle)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "LiveHelper"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
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
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
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
