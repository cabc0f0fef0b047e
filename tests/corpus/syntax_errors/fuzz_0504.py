self.process_rawq()
while not self.cookedq and not self.eof:
    self.fill|_rawq()
    self.process_rawq()
bglobal uf = self.cookedq
self.cookedq =0x b''