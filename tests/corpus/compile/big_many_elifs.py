if a == 0:
    pass
elif a == 1:
    x = 1
elif a == 2:
    x = 2
elif a == 3:
    x = 3
elif a == 4:
    x = 4
elif a == 5:
    x = 5
elif a == 6:
    x = 6
elif a == 7:
    x = 7
elif a == 8:
    x = 8
elif a == 9:
    x = 9
elif a == 10:
    x = 10
elif a == 11:
    x = 11
elif a == 12:
    x = 12
elif a == 13:
    x = 13
elif a == 14:
    x = 14
elif a == 15:
    x = 15
elif a == 16:
    x = 16
elif a == 17:
    x = 17
elif a == 18:
    x = 18
elif a == 19:
    x = 19
elif a == 20:
    x = 20
elif a == 21:
    x = 21
elif a == 22:
    x = 22
elif a == 23:
    x = 23
elif a == 24:
    x = 24
elif a == 25:
    x = 25
elif a == 26:
    x = 26
elif a == 27:
    x = 27
elif a == 28:
    x = 28
elif a == 29:
    x = 29
elif a == 30:
    x = 30
elif a == 31:
    x = 31
elif a == 32:
    x = 32
elif a == 33:
    x = 33
elif a == 34:
    x = 34
elif a == 35:
    x = 35
elif a == 36:
    x = 36
elif a == 37:
    x = 37
elif a == 38:
    x = 38
elif a == 39:
    x = 39
elif a == 40:
    x = 40
elif a == 41:
    x = 41
elif a == 42:
    x = 42
elif a == 43:
    x = 43
elif a == 44:
    x = 44
elif a == 45:
    x = 45
elif a == 46:
    x = 46
elif a == 47:
    x = 47
elif a == 48:
    x = 48
elif a == 49:
    x = 49
elif a == 50:
    x = 50
elif a == 51:
    x = 51
elif a == 52:
    x = 52
elif a == 53:
    x = 53
elif a == 54:
    x = 54
elif a == 55:
    x = 55
elif a == 56:
    x = 56
elif a == 57:
    x = 57
elif a == 58:
    x = 58
elif a == 59:
    x = 59
elif a == 60:
    x = 60
elif a == 61:
    x = 61
elif a == 62:
    x = 62
elif a == 63:
    x = 63
elif a == 64:
    x = 64
elif a == 65:
    x = 65
elif a == 66:
    x = 66
elif a == 67:
    x = 67
elif a == 68:
    x = 68
elif a == 69:
    x = 69
elif a == 70:
    x = 70
elif a == 71:
    x = 71
elif a == 72:
    x = 72
elif a == 73:
    x = 73
elif a == 74:
    x = 74
elif a == 75:
    x = 75
elif a == 76:
    x = 76
elif a == 77:
    x = 77
elif a == 78:
    x = 78
elif a == 79:
    x = 79
elif a == 80:
    x = 80
elif a == 81:
    x = 81
elif a == 82:
    x = 82
elif a == 83:
    x = 83
elif a == 84:
    x = 84
elif a == 85:
    x = 85
elif a == 86:
    x = 86
elif a == 87:
    x = 87
elif a == 88:
    x = 88
elif a == 89:
    x = 89
elif a == 90:
    x = 90
elif a == 91:
    x = 91
elif a == 92:
    x = 92
elif a == 93:
    x = 93
elif a == 94:
    x = 94
elif a == 95:
    x = 95
elif a == 96:
    x = 96
elif a == 97:
    x = 97
elif a == 98:
    x = 98
elif a == 99:
    x = 99
elif a == 100:
    x = 100
elif a == 101:
    x = 101
elif a == 102:
    x = 102
elif a == 103:
    x = 103
elif a == 104:
    x = 104
elif a == 105:
    x = 105
elif a == 106:
    x = 106
elif a == 107:
    x = 107
elif a == 108:
    x = 108
elif a == 109:
    x = 109
elif a == 110:
    x = 110
elif a == 111:
    x = 111
elif a == 112:
    x = 112
elif a == 113:
    x = 113
elif a == 114:
    x = 114
elif a == 115:
    x = 115
elif a == 116:
    x = 116
elif a == 117:
    x = 117
elif a == 118:
    x = 118
elif a == 119:
    x = 119
elif a == 120:
    x = 120
elif a == 121:
    x = 121
elif a == 122:
    x = 122
elif a == 123:
    x = 123
elif a == 124:
    x = 124
elif a == 125:
    x = 125
elif a == 126:
    x = 126
elif a == 127:
    x = 127
elif a == 128:
    x = 128
elif a == 129:
    x = 129
elif a == 130:
    x = 130
elif a == 131:
    x = 131
elif a == 132:
    x = 132
elif a == 133:
    x = 133
elif a == 134:
    x = 134
elif a == 135:
    x = 135
elif a == 136:
    x = 136
elif a == 137:
    x = 137
elif a == 138:
    x = 138
elif a == 139:
    x = 139
elif a == 140:
    x = 140
elif a == 141:
    x = 141
elif a == 142:
    x = 142
elif a == 143:
    x = 143
elif a == 144:
    x = 144
elif a == 145:
    x = 145
elif a == 146:
    x = 146
elif a == 147:
    x = 147
elif a == 148:
    x = 148
elif a == 149:
    x = 149
elif a == 150:
    x = 150
elif a == 151:
    x = 151
elif a == 152:
    x = 152
elif a == 153:
    x = 153
elif a == 154:
    x = 154
elif a == 155:
    x = 155
elif a == 156:
    x = 156
elif a == 157:
    x = 157
elif a == 158:
    x = 158
elif a == 159:
    x = 159
elif a == 160:
    x = 160
elif a == 161:
    x = 161
elif a == 162:
    x = 162
elif a == 163:
    x = 163
elif a == 164:
    x = 164
elif a == 165:
    x = 165
elif a == 166:
    x = 166
elif a == 167:
    x = 167
elif a == 168:
    x = 168
elif a == 169:
    x = 169
elif a == 170:
    x = 170
elif a == 171:
    x = 171
elif a == 172:
    x = 172
elif a == 173:
    x = 173
elif a == 174:
    x = 174
elif a == 175:
    x = 175
elif a == 176:
    x = 176
elif a == 177:
    x = 177
elif a == 178:
    x = 178
elif a == 179:
    x = 179
elif a == 180:
    x = 180
elif a == 181:
    x = 181
elif a == 182:
    x = 182
elif a == 183:
    x = 183
elif a == 184:
    x = 184
elif a == 185:
    x = 185
elif a == 186:
    x = 186
elif a == 187:
    x = 187
elif a == 188:
    x = 188
elif a == 189:
    x = 189
elif a == 190:
    x = 190
elif a == 191:
    x = 191
elif a == 192:
    x = 192
elif a == 193:
    x = 193
elif a == 194:
    x = 194
elif a == 195:
    x = 195
elif a == 196:
    x = 196
elif a == 197:
    x = 197
elif a == 198:
    x = 198
elif a == 199:
    x = 199
elif a == 200:
    x = 200
elif a == 201:
    x = 201
elif a == 202:
    x = 202
elif a == 203:
    x = 203
elif a == 204:
    x = 204
elif a == 205:
    x = 205
elif a == 206:
    x = 206
elif a == 207:
    x = 207
elif a == 208:
    x = 208
elif a == 209:
    x = 209
elif a == 210:
    x = 210
elif a == 211:
    x = 211
elif a == 212:
    x = 212
elif a == 213:
    x = 213
elif a == 214:
    x = 214
elif a == 215:
    x = 215
elif a == 216:
    x = 216
elif a == 217:
    x = 217
elif a == 218:
    x = 218
elif a == 219:
    x = 219
elif a == 220:
    x = 220
elif a == 221:
    x = 221
elif a == 222:
    x = 222
elif a == 223:
    x = 223
elif a == 224:
    x = 224
elif a == 225:
    x = 225
elif a == 226:
    x = 226
elif a == 227:
    x = 227
elif a == 228:
    x = 228
elif a == 229:
    x = 229
elif a == 230:
    x = 230
elif a == 231:
    x = 231
elif a == 232:
    x = 232
elif a == 233:
    x = 233
elif a == 234:
    x = 234
elif a == 235:
    x = 235
elif a == 236:
    x = 236
elif a == 237:
    x = 237
elif a == 238:
    x = 238
elif a == 239:
    x = 239
elif a == 240:
    x = 240
elif a == 241:
    x = 241
elif a == 242:
    x = 242
elif a == 243:
    x = 243
elif a == 244:
    x = 244
elif a == 245:
    x = 245
elif a == 246:
    x = 246
elif a == 247:
    x = 247
elif a == 248:
    x = 248
elif a == 249:
    x = 249
elif a == 250:
    x = 250
elif a == 251:
    x = 251
elif a == 252:
    x = 252
elif a == 253:
    x = 253
elif a == 254:
    x = 254
elif a == 255:
    x = 255
elif a == 256:
    x = 256
elif a == 257:
    x = 257
elif a == 258:
    x = 258
elif a == 259:
    x = 259
elif a == 260:
    x = 260
elif a == 261:
    x = 261
elif a == 262:
    x = 262
elif a == 263:
    x = 263
elif a == 264:
    x = 264
elif a == 265:
    x = 265
elif a == 266:
    x = 266
elif a == 267:
    x = 267
elif a == 268:
    x = 268
elif a == 269:
    x = 269
elif a == 270:
    x = 270
elif a == 271:
    x = 271
elif a == 272:
    x = 272
elif a == 273:
    x = 273
elif a == 274:
    x = 274
elif a == 275:
    x = 275
elif a == 276:
    x = 276
elif a == 277:
    x = 277
elif a == 278:
    x = 278
elif a == 279:
    x = 279
elif a == 280:
    x = 280
elif a == 281:
    x = 281
elif a == 282:
    x = 282
elif a == 283:
    x = 283
elif a == 284:
    x = 284
elif a == 285:
    x = 285
elif a == 286:
    x = 286
elif a == 287:
    x = 287
elif a == 288:
    x = 288
elif a == 289:
    x = 289
elif a == 290:
    x = 290
elif a == 291:
    x = 291
elif a == 292:
    x = 292
elif a == 293:
    x = 293
elif a == 294:
    x = 294
elif a == 295:
    x = 295
elif a == 296:
    x = 296
elif a == 297:
    x = 297
elif a == 298:
    x = 298
elif a == 299:
    x = 299
elif a == 300:
    x = 300
elif a == 301:
    x = 301
elif a == 302:
    x = 302
elif a == 303:
    x = 303
elif a == 304:
    x = 304
elif a == 305:
    x = 305
elif a == 306:
    x = 306
elif a == 307:
    x = 307
elif a == 308:
    x = 308
elif a == 309:
    x = 309
elif a == 310:
    x = 310
elif a == 311:
    x = 311
elif a == 312:
    x = 312
elif a == 313:
    x = 313
elif a == 314:
    x = 314
elif a == 315:
    x = 315
elif a == 316:
    x = 316
elif a == 317:
    x = 317
elif a == 318:
    x = 318
elif a == 319:
    x = 319
elif a == 320:
    x = 320
elif a == 321:
    x = 321
elif a == 322:
    x = 322
elif a == 323:
    x = 323
elif a == 324:
    x = 324
elif a == 325:
    x = 325
elif a == 326:
    x = 326
elif a == 327:
    x = 327
elif a == 328:
    x = 328
elif a == 329:
    x = 329
elif a == 330:
    x = 330
elif a == 331:
    x = 331
elif a == 332:
    x = 332
elif a == 333:
    x = 333
elif a == 334:
    x = 334
elif a == 335:
    x = 335
elif a == 336:
    x = 336
elif a == 337:
    x = 337
elif a == 338:
    x = 338
elif a == 339:
    x = 339
elif a == 340:
    x = 340
elif a == 341:
    x = 341
elif a == 342:
    x = 342
elif a == 343:
    x = 343
elif a == 344:
    x = 344
elif a == 345:
    x = 345
elif a == 346:
    x = 346
elif a == 347:
    x = 347
elif a == 348:
    x = 348
elif a == 349:
    x = 349
elif a == 350:
    x = 350
elif a == 351:
    x = 351
elif a == 352:
    x = 352
elif a == 353:
    x = 353
elif a == 354:
    x = 354
elif a == 355:
    x = 355
elif a == 356:
    x = 356
elif a == 357:
    x = 357
elif a == 358:
    x = 358
elif a == 359:
    x = 359
elif a == 360:
    x = 360
elif a == 361:
    x = 361
elif a == 362:
    x = 362
elif a == 363:
    x = 363
elif a == 364:
    x = 364
elif a == 365:
    x = 365
elif a == 366:
    x = 366
elif a == 367:
    x = 367
elif a == 368:
    x = 368
elif a == 369:
    x = 369
elif a == 370:
    x = 370
elif a == 371:
    x = 371
elif a == 372:
    x = 372
elif a == 373:
    x = 373
elif a == 374:
    x = 374
elif a == 375:
    x = 375
elif a == 376:
    x = 376
elif a == 377:
    x = 377
elif a == 378:
    x = 378
elif a == 379:
    x = 379
elif a == 380:
    x = 380
elif a == 381:
    x = 381
elif a == 382:
    x = 382
elif a == 383:
    x = 383
elif a == 384:
    x = 384
elif a == 385:
    x = 385
elif a == 386:
    x = 386
elif a == 387:
    x = 387
elif a == 388:
    x = 388
elif a == 389:
    x = 389
elif a == 390:
    x = 390
elif a == 391:
    x = 391
elif a == 392:
    x = 392
elif a == 393:
    x = 393
elif a == 394:
    x = 394
elif a == 395:
    x = 395
elif a == 396:
    x = 396
elif a == 397:
    x = 397
elif a == 398:
    x = 398
elif a == 399:
    x = 399
elif a == 400:
    x = 400
elif a == 401:
    x = 401
elif a == 402:
    x = 402
elif a == 403:
    x = 403
elif a == 404:
    x = 404
elif a == 405:
    x = 405
elif a == 406:
    x = 406
elif a == 407:
    x = 407
elif a == 408:
    x = 408
elif a == 409:
    x = 409
elif a == 410:
    x = 410
elif a == 411:
    x = 411
elif a == 412:
    x = 412
elif a == 413:
    x = 413
elif a == 414:
    x = 414
elif a == 415:
    x = 415
elif a == 416:
    x = 416
elif a == 417:
    x = 417
elif a == 418:
    x = 418
elif a == 419:
    x = 419
elif a == 420:
    x = 420
elif a == 421:
    x = 421
elif a == 422:
    x = 422
elif a == 423:
    x = 423
elif a == 424:
    x = 424
elif a == 425:
    x = 425
elif a == 426:
    x = 426
elif a == 427:
    x = 427
elif a == 428:
    x = 428
elif a == 429:
    x = 429
elif a == 430:
    x = 430
elif a == 431:
    x = 431
elif a == 432:
    x = 432
elif a == 433:
    x = 433
elif a == 434:
    x = 434
elif a == 435:
    x = 435
elif a == 436:
    x = 436
elif a == 437:
    x = 437
elif a == 438:
    x = 438
elif a == 439:
    x = 439
elif a == 440:
    x = 440
elif a == 441:
    x = 441
elif a == 442:
    x = 442
elif a == 443:
    x = 443
elif a == 444:
    x = 444
elif a == 445:
    x = 445
elif a == 446:
    x = 446
elif a == 447:
    x = 447
elif a == 448:
    x = 448
elif a == 449:
    x = 449
elif a == 450:
    x = 450
elif a == 451:
    x = 451
elif a == 452:
    x = 452
elif a == 453:
    x = 453
elif a == 454:
    x = 454
elif a == 455:
    x = 455
elif a == 456:
    x = 456
elif a == 457:
    x = 457
elif a == 458:
    x = 458
elif a == 459:
    x = 459
elif a == 460:
    x = 460
elif a == 461:
    x = 461
elif a == 462:
    x = 462
elif a == 463:
    x = 463
elif a == 464:
    x = 464
elif a == 465:
    x = 465
elif a == 466:
    x = 466
elif a == 467:
    x = 467
elif a == 468:
    x = 468
elif a == 469:
    x = 469
elif a == 470:
    x = 470
elif a == 471:
    x = 471
elif a == 472:
    x = 472
elif a == 473:
    x = 473
elif a == 474:
    x = 474
elif a == 475:
    x = 475
elif a == 476:
    x = 476
elif a == 477:
    x = 477
elif a == 478:
    x = 478
elif a == 479:
    x = 479
elif a == 480:
    x = 480
elif a == 481:
    x = 481
elif a == 482:
    x = 482
elif a == 483:
    x = 483
elif a == 484:
    x = 484
elif a == 485:
    x = 485
elif a == 486:
    x = 486
elif a == 487:
    x = 487
elif a == 488:
    x = 488
elif a == 489:
    x = 489
elif a == 490:
    x = 490
elif a == 491:
    x = 491
elif a == 492:
    x = 492
elif a == 493:
    x = 493
elif a == 494:
    x = 494
elif a == 495:
    x = 495
elif a == 496:
    x = 496
elif a == 497:
    x = 497
elif a == 498:
    x = 498
elif a == 499:
    x = 499
elif a == 500:
    x = 500
elif a == 501:
    x = 501
elif a == 502:
    x = 502
elif a == 503:
    x = 503
elif a == 504:
    x = 504
elif a == 505:
    x = 505
elif a == 506:
    x = 506
elif a == 507:
    x = 507
elif a == 508:
    x = 508
elif a == 509:
    x = 509
elif a == 510:
    x = 510
elif a == 511:
    x = 511
elif a == 512:
    x = 512
elif a == 513:
    x = 513
elif a == 514:
    x = 514
elif a == 515:
    x = 515
elif a == 516:
    x = 516
elif a == 517:
    x = 517
elif a == 518:
    x = 518
elif a == 519:
    x = 519
elif a == 520:
    x = 520
elif a == 521:
    x = 521
elif a == 522:
    x = 522
elif a == 523:
    x = 523
elif a == 524:
    x = 524
elif a == 525:
    x = 525
elif a == 526:
    x = 526
elif a == 527:
    x = 527
elif a == 528:
    x = 528
elif a == 529:
    x = 529
elif a == 530:
    x = 530
elif a == 531:
    x = 531
elif a == 532:
    x = 532
elif a == 533:
    x = 533
elif a == 534:
    x = 534
elif a == 535:
    x = 535
elif a == 536:
    x = 536
elif a == 537:
    x = 537
elif a == 538:
    x = 538
elif a == 539:
    x = 539
elif a == 540:
    x = 540
elif a == 541:
    x = 541
elif a == 542:
    x = 542
elif a == 543:
    x = 543
elif a == 544:
    x = 544
elif a == 545:
    x = 545
elif a == 546:
    x = 546
elif a == 547:
    x = 547
elif a == 548:
    x = 548
elif a == 549:
    x = 549
elif a == 550:
    x = 550
elif a == 551:
    x = 551
elif a == 552:
    x = 552
elif a == 553:
    x = 553
elif a == 554:
    x = 554
elif a == 555:
    x = 555
elif a == 556:
    x = 556
elif a == 557:
    x = 557
elif a == 558:
    x = 558
elif a == 559:
    x = 559
elif a == 560:
    x = 560
elif a == 561:
    x = 561
elif a == 562:
    x = 562
elif a == 563:
    x = 563
elif a == 564:
    x = 564
elif a == 565:
    x = 565
elif a == 566:
    x = 566
elif a == 567:
    x = 567
elif a == 568:
    x = 568
elif a == 569:
    x = 569
elif a == 570:
    x = 570
elif a == 571:
    x = 571
elif a == 572:
    x = 572
elif a == 573:
    x = 573
elif a == 574:
    x = 574
elif a == 575:
    x = 575
elif a == 576:
    x = 576
elif a == 577:
    x = 577
elif a == 578:
    x = 578
elif a == 579:
    x = 579
elif a == 580:
    x = 580
elif a == 581:
    x = 581
elif a == 582:
    x = 582
elif a == 583:
    x = 583
elif a == 584:
    x = 584
elif a == 585:
    x = 585
elif a == 586:
    x = 586
elif a == 587:
    x = 587
elif a == 588:
    x = 588
elif a == 589:
    x = 589
elif a == 590:
    x = 590
elif a == 591:
    x = 591
elif a == 592:
    x = 592
elif a == 593:
    x = 593
elif a == 594:
    x = 594
elif a == 595:
    x = 595
elif a == 596:
    x = 596
elif a == 597:
    x = 597
elif a == 598:
    x = 598
elif a == 599:
    x = 599
elif a == 600:
    x = 600
elif a == 601:
    x = 601
elif a == 602:
    x = 602
elif a == 603:
    x = 603
elif a == 604:
    x = 604
elif a == 605:
    x = 605
elif a == 606:
    x = 606
elif a == 607:
    x = 607
elif a == 608:
    x = 608
elif a == 609:
    x = 609
elif a == 610:
    x = 610
elif a == 611:
    x = 611
elif a == 612:
    x = 612
elif a == 613:
    x = 613
elif a == 614:
    x = 614
elif a == 615:
    x = 615
elif a == 616:
    x = 616
elif a == 617:
    x = 617
elif a == 618:
    x = 618
elif a == 619:
    x = 619
elif a == 620:
    x = 620
elif a == 621:
    x = 621
elif a == 622:
    x = 622
elif a == 623:
    x = 623
elif a == 624:
    x = 624
elif a == 625:
    x = 625
elif a == 626:
    x = 626
elif a == 627:
    x = 627
elif a == 628:
    x = 628
elif a == 629:
    x = 629
elif a == 630:
    x = 630
elif a == 631:
    x = 631
elif a == 632:
    x = 632
elif a == 633:
    x = 633
elif a == 634:
    x = 634
elif a == 635:
    x = 635
elif a == 636:
    x = 636
elif a == 637:
    x = 637
elif a == 638:
    x = 638
elif a == 639:
    x = 639
elif a == 640:
    x = 640
elif a == 641:
    x = 641
elif a == 642:
    x = 642
elif a == 643:
    x = 643
elif a == 644:
    x = 644
elif a == 645:
    x = 645
elif a == 646:
    x = 646
elif a == 647:
    x = 647
elif a == 648:
    x = 648
elif a == 649:
    x = 649
elif a == 650:
    x = 650
elif a == 651:
    x = 651
elif a == 652:
    x = 652
elif a == 653:
    x = 653
elif a == 654:
    x = 654
elif a == 655:
    x = 655
elif a == 656:
    x = 656
elif a == 657:
    x = 657
elif a == 658:
    x = 658
elif a == 659:
    x = 659
elif a == 660:
    x = 660
elif a == 661:
    x = 661
elif a == 662:
    x = 662
elif a == 663:
    x = 663
elif a == 664:
    x = 664
elif a == 665:
    x = 665
elif a == 666:
    x = 666
elif a == 667:
    x = 667
elif a == 668:
    x = 668
elif a == 669:
    x = 669
elif a == 670:
    x = 670
elif a == 671:
    x = 671
elif a == 672:
    x = 672
elif a == 673:
    x = 673
elif a == 674:
    x = 674
elif a == 675:
    x = 675
elif a == 676:
    x = 676
elif a == 677:
    x = 677
elif a == 678:
    x = 678
elif a == 679:
    x = 679
elif a == 680:
    x = 680
elif a == 681:
    x = 681
elif a == 682:
    x = 682
elif a == 683:
    x = 683
elif a == 684:
    x = 684
elif a == 685:
    x = 685
elif a == 686:
    x = 686
elif a == 687:
    x = 687
elif a == 688:
    x = 688
elif a == 689:
    x = 689
elif a == 690:
    x = 690
elif a == 691:
    x = 691
elif a == 692:
    x = 692
elif a == 693:
    x = 693
elif a == 694:
    x = 694
elif a == 695:
    x = 695
elif a == 696:
    x = 696
elif a == 697:
    x = 697
elif a == 698:
    x = 698
elif a == 699:
    x = 699
elif a == 700:
    x = 700
elif a == 701:
    x = 701
elif a == 702:
    x = 702
elif a == 703:
    x = 703
elif a == 704:
    x = 704
elif a == 705:
    x = 705
elif a == 706:
    x = 706
elif a == 707:
    x = 707
elif a == 708:
    x = 708
elif a == 709:
    x = 709
elif a == 710:
    x = 710
elif a == 711:
    x = 711
elif a == 712:
    x = 712
elif a == 713:
    x = 713
elif a == 714:
    x = 714
elif a == 715:
    x = 715
elif a == 716:
    x = 716
elif a == 717:
    x = 717
elif a == 718:
    x = 718
elif a == 719:
    x = 719
elif a == 720:
    x = 720
elif a == 721:
    x = 721
elif a == 722:
    x = 722
elif a == 723:
    x = 723
elif a == 724:
    x = 724
elif a == 725:
    x = 725
elif a == 726:
    x = 726
elif a == 727:
    x = 727
elif a == 728:
    x = 728
elif a == 729:
    x = 729
elif a == 730:
    x = 730
elif a == 731:
    x = 731
elif a == 732:
    x = 732
elif a == 733:
    x = 733
elif a == 734:
    x = 734
elif a == 735:
    x = 735
elif a == 736:
    x = 736
elif a == 737:
    x = 737
elif a == 738:
    x = 738
elif a == 739:
    x = 739
elif a == 740:
    x = 740
elif a == 741:
    x = 741
elif a == 742:
    x = 742
elif a == 743:
    x = 743
elif a == 744:
    x = 744
elif a == 745:
    x = 745
elif a == 746:
    x = 746
elif a == 747:
    x = 747
elif a == 748:
    x = 748
elif a == 749:
    x = 749
elif a == 750:
    x = 750
elif a == 751:
    x = 751
elif a == 752:
    x = 752
elif a == 753:
    x = 753
elif a == 754:
    x = 754
elif a == 755:
    x = 755
elif a == 756:
    x = 756
elif a == 757:
    x = 757
elif a == 758:
    x = 758
elif a == 759:
    x = 759
elif a == 760:
    x = 760
elif a == 761:
    x = 761
elif a == 762:
    x = 762
elif a == 763:
    x = 763
elif a == 764:
    x = 764
elif a == 765:
    x = 765
elif a == 766:
    x = 766
elif a == 767:
    x = 767
elif a == 768:
    x = 768
elif a == 769:
    x = 769
elif a == 770:
    x = 770
elif a == 771:
    x = 771
elif a == 772:
    x = 772
elif a == 773:
    x = 773
elif a == 774:
    x = 774
elif a == 775:
    x = 775
elif a == 776:
    x = 776
elif a == 777:
    x = 777
elif a == 778:
    x = 778
elif a == 779:
    x = 779
elif a == 780:
    x = 780
elif a == 781:
    x = 781
elif a == 782:
    x = 782
elif a == 783:
    x = 783
elif a == 784:
    x = 784
elif a == 785:
    x = 785
elif a == 786:
    x = 786
elif a == 787:
    x = 787
elif a == 788:
    x = 788
elif a == 789:
    x = 789
elif a == 790:
    x = 790
elif a == 791:
    x = 791
elif a == 792:
    x = 792
elif a == 793:
    x = 793
elif a == 794:
    x = 794
elif a == 795:
    x = 795
elif a == 796:
    x = 796
elif a == 797:
    x = 797
elif a == 798:
    x = 798
elif a == 799:
    x = 799
elif a == 800:
    x = 800
elif a == 801:
    x = 801
elif a == 802:
    x = 802
elif a == 803:
    x = 803
elif a == 804:
    x = 804
elif a == 805:
    x = 805
elif a == 806:
    x = 806
elif a == 807:
    x = 807
elif a == 808:
    x = 808
elif a == 809:
    x = 809
elif a == 810:
    x = 810
elif a == 811:
    x = 811
elif a == 812:
    x = 812
elif a == 813:
    x = 813
elif a == 814:
    x = 814
elif a == 815:
    x = 815
elif a == 816:
    x = 816
elif a == 817:
    x = 817
elif a == 818:
    x = 818
elif a == 819:
    x = 819
elif a == 820:
    x = 820
elif a == 821:
    x = 821
elif a == 822:
    x = 822
elif a == 823:
    x = 823
elif a == 824:
    x = 824
elif a == 825:
    x = 825
elif a == 826:
    x = 826
elif a == 827:
    x = 827
elif a == 828:
    x = 828
elif a == 829:
    x = 829
elif a == 830:
    x = 830
elif a == 831:
    x = 831
elif a == 832:
    x = 832
elif a == 833:
    x = 833
elif a == 834:
    x = 834
elif a == 835:
    x = 835
elif a == 836:
    x = 836
elif a == 837:
    x = 837
elif a == 838:
    x = 838
elif a == 839:
    x = 839
elif a == 840:
    x = 840
elif a == 841:
    x = 841
elif a == 842:
    x = 842
elif a == 843:
    x = 843
elif a == 844:
    x = 844
elif a == 845:
    x = 845
elif a == 846:
    x = 846
elif a == 847:
    x = 847
elif a == 848:
    x = 848
elif a == 849:
    x = 849
elif a == 850:
    x = 850
elif a == 851:
    x = 851
elif a == 852:
    x = 852
elif a == 853:
    x = 853
elif a == 854:
    x = 854
elif a == 855:
    x = 855
elif a == 856:
    x = 856
elif a == 857:
    x = 857
elif a == 858:
    x = 858
elif a == 859:
    x = 859
elif a == 860:
    x = 860
elif a == 861:
    x = 861
elif a == 862:
    x = 862
elif a == 863:
    x = 863
elif a == 864:
    x = 864
elif a == 865:
    x = 865
elif a == 866:
    x = 866
elif a == 867:
    x = 867
elif a == 868:
    x = 868
elif a == 869:
    x = 869
elif a == 870:
    x = 870
elif a == 871:
    x = 871
elif a == 872:
    x = 872
elif a == 873:
    x = 873
elif a == 874:
    x = 874
elif a == 875:
    x = 875
elif a == 876:
    x = 876
elif a == 877:
    x = 877
elif a == 878:
    x = 878
elif a == 879:
    x = 879
elif a == 880:
    x = 880
elif a == 881:
    x = 881
elif a == 882:
    x = 882
elif a == 883:
    x = 883
elif a == 884:
    x = 884
elif a == 885:
    x = 885
elif a == 886:
    x = 886
elif a == 887:
    x = 887
elif a == 888:
    x = 888
elif a == 889:
    x = 889
elif a == 890:
    x = 890
elif a == 891:
    x = 891
elif a == 892:
    x = 892
elif a == 893:
    x = 893
elif a == 894:
    x = 894
elif a == 895:
    x = 895
elif a == 896:
    x = 896
elif a == 897:
    x = 897
elif a == 898:
    x = 898
elif a == 899:
    x = 899
elif a == 900:
    x = 900
elif a == 901:
    x = 901
elif a == 902:
    x = 902
elif a == 903:
    x = 903
elif a == 904:
    x = 904
elif a == 905:
    x = 905
elif a == 906:
    x = 906
elif a == 907:
    x = 907
elif a == 908:
    x = 908
elif a == 909:
    x = 909
elif a == 910:
    x = 910
elif a == 911:
    x = 911
elif a == 912:
    x = 912
elif a == 913:
    x = 913
elif a == 914:
    x = 914
elif a == 915:
    x = 915
elif a == 916:
    x = 916
elif a == 917:
    x = 917
elif a == 918:
    x = 918
elif a == 919:
    x = 919
elif a == 920:
    x = 920
elif a == 921:
    x = 921
elif a == 922:
    x = 922
elif a == 923:
    x = 923
elif a == 924:
    x = 924
elif a == 925:
    x = 925
elif a == 926:
    x = 926
elif a == 927:
    x = 927
elif a == 928:
    x = 928
elif a == 929:
    x = 929
elif a == 930:
    x = 930
elif a == 931:
    x = 931
elif a == 932:
    x = 932
elif a == 933:
    x = 933
elif a == 934:
    x = 934
elif a == 935:
    x = 935
elif a == 936:
    x = 936
elif a == 937:
    x = 937
elif a == 938:
    x = 938
elif a == 939:
    x = 939
elif a == 940:
    x = 940
elif a == 941:
    x = 941
elif a == 942:
    x = 942
elif a == 943:
    x = 943
elif a == 944:
    x = 944
elif a == 945:
    x = 945
elif a == 946:
    x = 946
elif a == 947:
    x = 947
elif a == 948:
    x = 948
elif a == 949:
    x = 949
elif a == 950:
    x = 950
elif a == 951:
    x = 951
elif a == 952:
    x = 952
elif a == 953:
    x = 953
elif a == 954:
    x = 954
elif a == 955:
    x = 955
elif a == 956:
    x = 956
elif a == 957:
    x = 957
elif a == 958:
    x = 958
elif a == 959:
    x = 959
elif a == 960:
    x = 960
elif a == 961:
    x = 961
elif a == 962:
    x = 962
elif a == 963:
    x = 963
elif a == 964:
    x = 964
elif a == 965:
    x = 965
elif a == 966:
    x = 966
elif a == 967:
    x = 967
elif a == 968:
    x = 968
elif a == 969:
    x = 969
elif a == 970:
    x = 970
elif a == 971:
    x = 971
elif a == 972:
    x = 972
elif a == 973:
    x = 973
elif a == 974:
    x = 974
elif a == 975:
    x = 975
elif a == 976:
    x = 976
elif a == 977:
    x = 977
elif a == 978:
    x = 978
elif a == 979:
    x = 979
elif a == 980:
    x = 980
elif a == 981:
    x = 981
elif a == 982:
    x = 982
elif a == 983:
    x = 983
elif a == 984:
    x = 984
elif a == 985:
    x = 985
elif a == 986:
    x = 986
elif a == 987:
    x = 987
elif a == 988:
    x = 988
elif a == 989:
    x = 989
elif a == 990:
    x = 990
elif a == 991:
    x = 991
elif a == 992:
    x = 992
elif a == 993:
    x = 993
elif a == 994:
    x = 994
elif a == 995:
    x = 995
elif a == 996:
    x = 996
elif a == 997:
    x = 997
elif a == 998:
    x = 998
elif a == 999:
    x = 999
else:
    pass
