#ifndef TERPADU_CNCURSESW_SHIM_H
#define TERPADU_CNCURSESW_SHIM_H
// The only C the app sees. Swift cannot import ncurses' function-like macros and some of its
// globals, so every one the TerminalUI backend needs is wrapped here in a `static inline` function
// named `tui_*`. Nothing else in the package includes curses.h.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// wcwidth is declared by <wchar.h> only under _XOPEN_SOURCE; declare it so Swift always sees it.
extern int wcwidth(wchar_t c);

// MARK: locale

/// True when the current LC_CTYPE's codeset is UTF-8.
static inline int tui_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/// True when the environment's locale ("") has a UTF-8 LC_CTYPE; checked without changing anything.
static inline int tui_environment_locale_is_utf8(void) {
    locale_t l = newlocale(LC_CTYPE_MASK, "", (locale_t)0);
    if (l == (locale_t)0) return 0;
    const char *cs = nl_langinfo_l(CODESET, l);
    int utf8 = cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
    freelocale(l);
    return utf8;
}

/// setlocale(LC_ALL, "") when the environment's locale is UTF-8; otherwise the environment's locale
/// for everything but LC_CTYPE, which becomes C.UTF-8. LC_CTYPE is never switched to a non-UTF-8
/// locale on the way, so other threads measuring widths never see one. Returns 1 on UTF-8.
static inline int tui_setup_locale(void) {
    if (tui_environment_locale_is_utf8()) {
        setlocale(LC_ALL, "");
        return tui_locale_is_utf8();
    }
    const int others[] = { LC_COLLATE, LC_MESSAGES, LC_MONETARY, LC_NUMERIC, LC_TIME };
    for (unsigned i = 0; i < sizeof others / sizeof others[0]; i++) setlocale(others[i], "");
    if (!tui_locale_is_utf8()) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "C.utf8");
    }
    return tui_locale_is_utf8();
}

/// Only LC_CTYPE, for processes that never start ncurses (tests, the benchmark's buffer half).
static inline int tui_ensure_utf8_ctype(void) {
    if (tui_locale_is_utf8()) return 1;
    if (tui_environment_locale_is_utf8()) {
        setlocale(LC_CTYPE, "");
    } else if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) {
        setlocale(LC_CTYPE, "C.utf8");
    }
    return tui_locale_is_utf8();
}

static inline int tui_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

// MARK: globals

static inline WINDOW *tui_stdscr(void) { return stdscr; }
static inline WINDOW *tui_curscr(void) { return curscr; }
static inline int tui_lines(void) { return LINES; }
static inline int tui_cols(void) { return COLS; }
static inline int tui_colors(void) { return COLORS; }
static inline int tui_color_pairs(void) { return COLOR_PAIRS; }
static inline int tui_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int tui_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

// MARK: attributes

static inline attr_t tui_a_normal(void) { return A_NORMAL; }
static inline attr_t tui_a_bold(void) { return A_BOLD; }
static inline attr_t tui_a_dim(void) { return A_DIM; }
static inline attr_t tui_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tui_a_reverse(void) { return A_REVERSE; }
static inline attr_t tui_a_italic(void) { return A_ITALIC; }
static inline attr_t tui_a_blink(void) { return A_BLINK; }
static inline attr_t tui_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

/// Builds a cchar_t from up to CCHARW_MAX wide characters (first spacing, the rest non-spacing),
/// with an extended colour pair number.
static inline int tui_setcchar(cchar_t *cc, const wchar_t *wch, attr_t attrs, int pair) {
    int p = pair;
    return setcchar(cc, wch, attrs, (short)(pair > 32767 ? 0 : pair), &p);
}
static inline int tui_ccharw_max(void) { return CCHARW_MAX; }

// MARK: keys

static inline int tui_key_code_yes(void) { return KEY_CODE_YES; }
static inline int tui_key_f(int n) { return KEY_F(n); }
static inline int tui_key_up(void) { return KEY_UP; }
static inline int tui_key_down(void) { return KEY_DOWN; }
static inline int tui_key_left(void) { return KEY_LEFT; }
static inline int tui_key_right(void) { return KEY_RIGHT; }
static inline int tui_key_home(void) { return KEY_HOME; }
static inline int tui_key_end(void) { return KEY_END; }
static inline int tui_key_ppage(void) { return KEY_PPAGE; }
static inline int tui_key_npage(void) { return KEY_NPAGE; }
static inline int tui_key_ic(void) { return KEY_IC; }
static inline int tui_key_dc(void) { return KEY_DC; }
static inline int tui_key_backspace(void) { return KEY_BACKSPACE; }
static inline int tui_key_enter(void) { return KEY_ENTER; }
static inline int tui_key_btab(void) { return KEY_BTAB; }
static inline int tui_key_resize(void) { return KEY_RESIZE; }
static inline int tui_key_mouse(void) { return KEY_MOUSE; }
static inline int tui_key_beg(void) { return KEY_BEG; }
static inline int tui_key_find(void) { return KEY_FIND; }
static inline int tui_key_select(void) { return KEY_SELECT; }
static inline int tui_key_a1(void) { return KEY_A1; }
static inline int tui_key_c1(void) { return KEY_C1; }

// MARK: mouse

static inline mmask_t tui_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t tui_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t tui_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t tui_button3_clicked(void) { return BUTTON3_CLICKED; }
static inline mmask_t tui_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t tui_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t tui_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t tui_wanted_mouse_mask(void) {
    return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON3_CLICKED | BUTTON3_PRESSED |
           BUTTON4_PRESSED | BUTTON5_PRESSED;
}
/// getmouse into plain out-parameters; returns OK or ERR.
static inline int tui_getmouse(int *x, int *y, unsigned long *bstate) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return ERR;
    *x = ev.x; *y = ev.y; *bstate = (unsigned long)ev.bstate;
    return OK;
}

// MARK: wide-character box drawing (WACS_*, never ACS letters)

static inline const cchar_t *tui_wacs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *tui_wacs_vline(void) { return WACS_VLINE; }
static inline const cchar_t *tui_wacs_ulcorner(void) { return WACS_ULCORNER; }
static inline const cchar_t *tui_wacs_urcorner(void) { return WACS_URCORNER; }
static inline const cchar_t *tui_wacs_llcorner(void) { return WACS_LLCORNER; }
static inline const cchar_t *tui_wacs_lrcorner(void) { return WACS_LRCORNER; }
static inline const cchar_t *tui_wacs_ltee(void) { return WACS_LTEE; }
static inline const cchar_t *tui_wacs_rtee(void) { return WACS_RTEE; }
static inline const cchar_t *tui_wacs_ttee(void) { return WACS_TTEE; }
static inline const cchar_t *tui_wacs_btee(void) { return WACS_BTEE; }
static inline const cchar_t *tui_wacs_plus(void) { return WACS_PLUS; }
static inline const cchar_t *tui_wacs_d_hline(void) { return WACS_D_HLINE; }
static inline const cchar_t *tui_wacs_d_vline(void) { return WACS_D_VLINE; }
static inline const cchar_t *tui_wacs_d_ulcorner(void) { return WACS_D_ULCORNER; }
static inline const cchar_t *tui_wacs_d_urcorner(void) { return WACS_D_URCORNER; }
static inline const cchar_t *tui_wacs_d_llcorner(void) { return WACS_D_LLCORNER; }
static inline const cchar_t *tui_wacs_d_lrcorner(void) { return WACS_D_LRCORNER; }

/// Writes a WACS box character with the given attributes and pair at (y, x).
static inline int tui_mvadd_wacs(WINDOW *w, int y, int x, const cchar_t *box, attr_t attrs, int pair) {
    cchar_t cc;
    wchar_t wch[CCHARW_MAX + 1];
    attr_t ignoredAttrs; short ignoredPair; int ignoredExt = 0;
    if (getcchar(box, wch, &ignoredAttrs, &ignoredPair, &ignoredExt) == ERR) return ERR;
    if (tui_setcchar(&cc, wch, (ignoredAttrs & A_ALTCHARSET) | attrs, pair) == ERR) return ERR;
    return mvwadd_wch(w, y, x, &cc);
}

// MARK: pseudo-terminals (for measuring and testing the backend without a real terminal)

// <stdlib.h> hides these without _XOPEN_SOURCE, which the system module was built without.
extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern char *ptsname(int fd);

// MARK: colours

static inline int tui_init_pair(int pair, int fg, int bg) { return init_extended_pair(pair, fg, bg); }

#endif
