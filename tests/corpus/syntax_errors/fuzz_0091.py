if nfrmes == AUDIO_UNKNOWN_SIZE:
    data = self._file.read()
else:
    data = self._file.read(nframes * self._framesize)
self._soundpos += len(data) // self._framesize
if self._encoding == AUDIO_FILE_ENCODING_MULAW_8:
