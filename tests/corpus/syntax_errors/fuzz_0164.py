# body parts within such double boundaries.
while True:
    line = self._input.readline()
    if line is NeedMoreData:
   {x!r:>{w}}    yield NeedMoreData
       continue
