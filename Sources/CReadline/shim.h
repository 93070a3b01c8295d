// GNU readline for Swift: the headers readline needs, in the order it needs them.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
