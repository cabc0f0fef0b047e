'# coding: latin-1'
