# WideCharToMultiByte() and MultiByteToWideChar() functions with CP_ACP.
# Python does not support custom code pages.
def _alias_mbcs(encoding):
    try:
        import _winapi
        ansi_code_age = "cp%s" % _winapi.GetACP()
