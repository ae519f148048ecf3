; The Windows installer of Contest Admin (issue #18), built by installer/windows/build.sh:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DSTAGE=<deployed folder>
;            -DHAVE_DESKTOP=1 -DOUTFILE=<setup.exe> contest-admin.nsi
; Setup pages in Vietnamese and English; Start-menu and desktop shortcuts; an uninstaller.
; The data (%LOCALAPPDATA%\contest-admin, the databases) belongs to the user: the
; uninstaller never touches it.
; A 64-bit installer (Debian's nsis has the amd64-unicode stubs): it runs where the
; program runs, and under Debian 12's wine64, which has no 32-bit half.
Target amd64-unicode
SetCompressor /SOLID lzma
!include "MUI2.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "VERSION is not defined"
!endif
!ifndef STAGE
  !error "STAGE (the deployed program folder) is not defined"
!endif
!ifndef HAVE_DESKTOP
  !define HAVE_DESKTOP 1
!endif

!define APPKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ContestAdmin"

Name "Contest Admin ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Contest Admin"
InstallDirRegKey HKLM "Software\ContestAdmin" "InstallDir"
RequestExecutionLevel admin
BrandingText "Contest Admin ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "Contest Admin"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "Contest Admin setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Contest Admin maintainers"

!define MUI_ICON "${STAGE}\contest-admin.ico"
!define MUI_UNICON "${STAGE}\contest-admin.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "Software\ContestAdmin"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!if ${HAVE_DESKTOP} == 1
  !define MUI_FINISHPAGE_RUN "$INSTDIR\contest-admin.exe"
!endif
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default (the committee's PCs are Vietnamese)
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SHORTCUT_APP ${LANG_VIETNAMESE} "Quản trị Cuộc thi"
LangString SHORTCUT_APP ${LANG_ENGLISH} "Contest Admin"
LangString SHORTCUT_UNINSTALL ${LANG_VIETNAMESE} "Gỡ cài đặt Quản trị Cuộc thi"
LangString SHORTCUT_UNINSTALL ${LANG_ENGLISH} "Uninstall Contest Admin"
LangString SHORTCUT_CONSOLE ${LANG_VIETNAMESE} "Dòng lệnh contestctl"
LangString SHORTCUT_CONSOLE ${LANG_ENGLISH} "contestctl command prompt"
LangString NEED_64BIT ${LANG_VIETNAMESE} "Chương trình cần Windows 64-bit."
LangString NEED_64BIT ${LANG_ENGLISH} "Contest Admin needs 64-bit Windows."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(NEED_64BIT)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Contest Admin" SecMain
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateDirectory "$SMPROGRAMS\Contest Admin"
!if ${HAVE_DESKTOP} == 1
  CreateShortCut "$SMPROGRAMS\Contest Admin\$(SHORTCUT_APP).lnk" "$INSTDIR\contest-admin.exe" "" "$INSTDIR\contest-admin.ico"
  CreateShortCut "$DESKTOP\$(SHORTCUT_APP).lnk" "$INSTDIR\contest-admin.exe" "" "$INSTDIR\contest-admin.ico"
!endif
  ; a command prompt in the program folder, for contestctl
  CreateShortCut "$SMPROGRAMS\Contest Admin\$(SHORTCUT_CONSOLE).lnk" "$SYSDIR\cmd.exe" '/k cd /d "$INSTDIR" && contestctl --help' "$INSTDIR\contest-admin.ico"
  CreateShortCut "$SMPROGRAMS\Contest Admin\$(SHORTCUT_UNINSTALL).lnk" "$INSTDIR\Uninstall.exe"

  WriteRegStr HKLM "Software\ContestAdmin" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${APPKEY}" "DisplayName" "Contest Admin (Quản trị Cuộc thi) ${VERSION}"
  WriteRegStr HKLM "${APPKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${APPKEY}" "Publisher" "Contest Admin"
  WriteRegStr HKLM "${APPKEY}" "DisplayIcon" "$INSTDIR\contest-admin.ico"
  WriteRegStr HKLM "${APPKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${APPKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKLM "${APPKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKLM "${APPKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${APPKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$DESKTOP\Quản trị Cuộc thi.lnk"
  Delete "$DESKTOP\Contest Admin.lnk"
  RMDir /r "$SMPROGRAMS\Contest Admin"
  ; only the program folder: %LOCALAPPDATA%\contest-admin (the databases) stays
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${APPKEY}"
  DeleteRegKey HKLM "Software\ContestAdmin"
SectionEnd
