#ifndef CAIRN_CLIBYAML_SHIM_H
#define CAIRN_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
