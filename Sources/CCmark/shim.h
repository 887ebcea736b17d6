#ifndef CAIRN_CCMARK_SHIM_H
#define CAIRN_CCMARK_SHIM_H
#include <cmark.h>
#endif
