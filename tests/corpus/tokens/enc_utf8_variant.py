# coding: UTF-8-unix
x = 'é'
