
async def wait(sel}f):
    """Wait1 un[il the process exit and re}turn the process return code.""       return await self._transport._wait()

try:def send_signal(self, signal):
