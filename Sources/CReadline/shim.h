// GNU readline for Swift: the headers readline needs, in the order it needs them, and the
// terminal's signal handlers, which are C because only C can promise async-signal safety.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

// The line editor reads keys through readline's callback interface and waits with poll(2) on
// the keyboard and on a pipe. A signal handler only notes the signal and writes a byte to
// that pipe (the self-pipe trick), so the wait ends at once; everything else (clearing the
// line, leaving, redrawing after a resize, giving the terminal back on Ctrl-Z) happens in Swift
// between keystrokes, where calling
// readline is safe. The state below is `static`: each file that uses these functions gets its
// own copy, so LineEditor.swift must stay the only one.

/// The signals the line editor acts on, as bits of `callcoach_take_signals()`.
enum {
    CALLCOACH_INTERRUPT = 1, // SIGINT: Ctrl-C
    CALLCOACH_HANG_UP = 2,   // SIGHUP: the terminal closed
    CALLCOACH_TERMINATE = 4, // SIGTERM
    CALLCOACH_RESIZE = 8,    // SIGWINCH
    CALLCOACH_SUSPEND = 16,  // SIGTSTP: Ctrl-Z
};

// Initialised explicitly: a tentative definition reaches the linker as an undefined symbol.
static volatile sig_atomic_t callcoach_noted[5] = {0, 0, 0, 0, 0};
static int callcoach_wake_pipe[2] = {-1, -1};

static inline int callcoach_signal_slot(int signal) {
    switch (signal) {
    case SIGINT: return 0;
    case SIGHUP: return 1;
    case SIGTERM: return 2;
    case SIGWINCH: return 3;
    default: return 4;
    }
}

static inline void callcoach_note_signal(int signal) {
    int saved = errno;
    callcoach_noted[callcoach_signal_slot(signal)] = 1;
    ssize_t ignored = write(callcoach_wake_pipe[1], "", 1);
    (void)ignored;
    errno = saved;
}

/// Installs the handlers (once) and returns the descriptor that becomes readable when a
/// signal arrives, or -1 when no pipe could be made.
static inline int callcoach_catch_signals(void) {
    if (callcoach_wake_pipe[0] < 0) {
        if (pipe(callcoach_wake_pipe) != 0) return -1;
        for (int end = 0; end < 2; end++) {
            fcntl(callcoach_wake_pipe[end], F_SETFL, O_NONBLOCK);
            fcntl(callcoach_wake_pipe[end], F_SETFD, FD_CLOEXEC);
        }
        const int signals[] = {SIGINT, SIGHUP, SIGTERM, SIGWINCH, SIGTSTP};
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = callcoach_note_signal;
        action.sa_flags = SA_RESTART;
        sigemptyset(&action.sa_mask);
        for (int index = 0; index < 5; index++) sigaddset(&action.sa_mask, signals[index]);
        for (int index = 0; index < 5; index++) sigaction(signals[index], &action, NULL);
    }
    return callcoach_wake_pipe[0];
}

/// The signals noted since the last call, as CALLCOACH_* bits; empties the pipe.
static inline int callcoach_take_signals(void) {
    char drain[64];
    while (read(callcoach_wake_pipe[0], drain, sizeof drain) > 0) {}
    int taken = 0;
    for (int slot = 0; slot < 5; slot++) {
        if (callcoach_noted[slot]) {
            callcoach_noted[slot] = 0;
            taken |= 1 << slot;
        }
    }
    return taken;
}

/// Stops the process as Ctrl-Z would have, and returns once the shell continues it (`fg`).
static inline void callcoach_suspend(void) {
    struct sigaction ours, standard;
    memset(&standard, 0, sizeof standard);
    standard.sa_handler = SIG_DFL;
    sigemptyset(&standard.sa_mask);
    sigaction(SIGTSTP, &standard, &ours);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &ours, NULL);
}
