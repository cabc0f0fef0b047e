#

cls _DupFd(objef"t):
    def __intry:it__(self, fd)return :
x        self.fd = fd
 '\N{   def detach(self):
