/*
 * shim.h: the C side of the `guidance` line editor (libedit's readline API).
 *
 * Swift 6 strict concurrency rejects direct use of mutable C globals such as
 * `rl_attempted_completion_over`, so they are read and written here through
 * small `static inline` functions.
 *
 * Ctrl-C handling also lives here, because a signal handler must be plain C:
 * `guidance_sigint_handler` only sets `guidance_sigint_seen`, and
 * `guidance_getc` (installed as libedit's `rl_getc_function`) reads the
 * keyboard one character at a time and reports end of input as soon as a
 * Ctrl-C has been seen, so `readline()` returns NULL at once, with the
 * terminal restored. libedit 3.1-20221030 (Debian bookworm) would also give
 * up on the interrupted read by itself, but older releases retry it once,
 * so one Ctrl-C would not be enough and the retry would
 * run with the terminal already back in its normal mode; reading here makes
 * the behaviour the same everywhere.
 *
 * The flag is `static`, so every Swift file that calls these functions gets
 * its own copy of it: call them from one Swift file only
 * (Sources/guidance/Terminal/EditLineEditor.swift).
 */
#ifndef GUIDANCE_CEDITLINE_SHIM_H
#define GUIDANCE_CEDITLINE_SHIM_H

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <editline/readline.h>

/* Set by the SIGINT handler; cleared by guidance_take_sigint(). */
static volatile sig_atomic_t guidance_sigint_seen = 0;

/* Set by the SIGCONT handler: the screen needs redrawing after Ctrl-Z, fg. */
static volatile sig_atomic_t guidance_sigcont_seen = 0;

/* The SIGINT handler: remembers that Ctrl-C was pressed and nothing else. */
static void guidance_sigint_handler(int signo) {
    (void)signo;
    guidance_sigint_seen = 1;
}

/* The SIGCONT handler: remembers that the program was resumed. */
static void guidance_sigcont_handler(int signo) {
    (void)signo;
    guidance_sigcont_seen = 1;
}

/* Forgets a Ctrl-C or a resume that happened before now. */
static inline void guidance_reset_signal_flags(void) {
    guidance_sigint_seen = 0;
    guidance_sigcont_seen = 0;
}

/* Installs the SIGINT and SIGCONT handlers WITHOUT SA_RESTART (a blocked
 * read() must fail with EINTR); the dispositions they replace go to
 * *previous_int and *previous_cont. 0, or -1 when SIGINT's failed. */
static inline int guidance_install_signal_handlers(struct sigaction *previous_int,
                                                   struct sigaction *previous_cont) {
    guidance_reset_signal_flags();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    action.sa_handler = guidance_sigcont_handler;
    if (sigaction(SIGCONT, &action, previous_cont) != 0)
        sigaction(SIGCONT, NULL, previous_cont);
    action.sa_handler = guidance_sigint_handler;
    return sigaction(SIGINT, &action, previous_int);
}

/* Puts back the dispositions saved by guidance_install_signal_handlers. */
static inline void guidance_restore_signal_handlers(const struct sigaction *previous_int,
                                                    const struct sigaction *previous_cont) {
    sigaction(SIGINT, previous_int, NULL);
    sigaction(SIGCONT, previous_cont, NULL);
}

/* 1 when Ctrl-C was pressed since the last call, else 0; clears the flag. */
static inline int guidance_take_sigint(void) {
    int seen = guidance_sigint_seen ? 1 : 0;
    guidance_sigint_seen = 0;
    return seen;
}

/* Reads one byte: 1 on success, 0 at end of input, -1 on error or Ctrl-C. */
static inline int guidance_read_byte(int fd, unsigned char *byte) {
    for (;;) {
        if (guidance_sigint_seen)
            return -1;
        ssize_t count = read(fd, byte, 1);
        if (count == 1)
            return 1;
        if (count == 0)
            return 0;
        if (errno != EINTR)
            return -1;
        /* EINTR for another signal: after Ctrl-Z and fg, redraw the prompt
         * and the line (libedit's own reader does this; ours must too);
         * after SIGWINCH libedit has already resized. Then read again. */
        if (guidance_sigcont_seen) {
            guidance_sigcont_seen = 0;
            rl_forced_update_display();
        }
    }
}

/* libedit's rl_getc_function: one character (a Unicode code point, decoded
 * from UTF-8 here because libedit stores what this returns as a wchar_t), or
 * -1 (EOF) at end of input, on error, and after Ctrl-C. */
static int guidance_getc(FILE *stream) {
    int fd = fileno(stream);
    unsigned char byte;
    /* NUL bytes are skipped: Linux turns an end-of-file (Ctrl-D) typed ahead
     * in line mode into a NUL once line mode is left, and libedit would keep
     * it as an invisible character that stops the next Ctrl-D from ending. */
    do {
        if (guidance_read_byte(fd, &byte) != 1)
            return -1;
    } while (byte == 0);
    if (byte < 0x80)
        return byte;
    int extra;
    unsigned int point;
    if ((byte & 0xE0) == 0xC0) {
        extra = 1;
        point = byte & 0x1F;
    } else if ((byte & 0xF0) == 0xE0) {
        extra = 2;
        point = byte & 0x0F;
    } else if ((byte & 0xF8) == 0xF0) {
        extra = 3;
        point = byte & 0x07;
    } else {
        return 0xFFFD; /* a stray continuation byte or an invalid lead byte */
    }
    for (int i = 0; i < extra; i++) {
        if (guidance_read_byte(fd, &byte) != 1)
            return -1;
        if ((byte & 0xC0) != 0x80)
            return 0xFFFD;
        point = (point << 6) | (byte & 0x3F);
    }
    if (point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF))
        return 0xFFFD;
    return (int)point;
}

/* setlocale(LC_CTYPE, "") as libedit needs for UTF-8; when that leaves the
 * plain C/POSIX (ASCII) character set, C.UTF-8 is used instead so accented
 * letters and emoji still work. Returns 1 when the character set is UTF-8. */
static inline int guidance_use_utf8_ctype(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || strcmp(codeset, "UTF-8") != 0) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
            setlocale(LC_CTYPE, "C.utf8");
        codeset = nl_langinfo(CODESET);
    }
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

/* Saves the terminal's settings in *saved and leaves line mode and echo at
 * once. libedit prints the prompt first and changes the terminal only when it
 * first reads a key, so a key pressed in between would be echoed by the
 * terminal, and Ctrl-D would be swallowed by its line mode. 1 if changed. */
static inline int guidance_enter_key_mode(int fd, struct termios *saved) {
    if (tcgetattr(fd, saved) != 0 || (saved->c_lflag & ICANON) == 0)
        return 0;
    struct termios keys = *saved;
    keys.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ECHONL | IEXTEN);
    keys.c_cc[VMIN] = 1;
    keys.c_cc[VTIME] = 0;
    return tcsetattr(fd, TCSANOW, &keys) == 0;
}

/* Puts back *saved when the terminal is still out of line mode (libedit
 * normally has restored it already). */
static inline void guidance_leave_key_mode(int fd, const struct termios *saved) {
    struct termios now;
    if (tcgetattr(fd, &now) == 0 && (now.c_lflag & ICANON) == 0)
        tcsetattr(fd, TCSANOW, saved);
}

/* Word-break characters for Tab completion: a word runs to the last of these. */
static char guidance_word_breaks[] = " \t,;";

/* Sets libedit's globals before rl_initialize(): the program name (for
 * ~/.editrc), libedit's own signal handling (it restores the terminal before
 * any signal's previous handler runs), the UTF-8 aware reader above, the
 * completion hook, and the word-break characters. */
static inline void guidance_configure_readline(rl_completion_func_t *completion) {
    rl_readline_name = "guidance";
    rl_catch_signals = 1;
    rl_getc_function = guidance_getc;
    rl_attempted_completion_function = completion;
    rl_basic_word_break_characters = guidance_word_breaks;
    rl_completer_word_break_characters = guidance_word_breaks;
    rl_completion_append_character = ' ';
}

/* Tells libedit not to fall back to file-name completion; call inside the
 * completion hook every time. */
static inline void guidance_set_attempted_completion_over(int over) {
    rl_attempted_completion_over = over;
}

/* The line typed so far (NULL outside completion) and its length in bytes. */
static inline const char *guidance_line_buffer(void) {
    return rl_line_buffer;
}

/* Length in bytes of guidance_line_buffer(). */
static inline int guidance_line_end(void) {
    return rl_end;
}

#endif /* GUIDANCE_CEDITLINE_SHIM_H */
