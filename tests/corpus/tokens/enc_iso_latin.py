# coding: ISO_8859-1
x = 'é'
