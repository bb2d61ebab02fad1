/* LAPACK/BLAS argument-error handler for the wasm build: records the error instead of stopping.
 *
 * The reference xerbla prints a message and executes STOP, which would abort the whole wasm
 * instance. Here it stores the routine name and the 1-based index of the bad argument; the
 * routine that called it then returns normally (LAPACK sets INFO = -index), and the JavaScript
 * wrapper reads the record with stride_xerbla_info()/stride_xerbla_name() and raises an error.
 *
 * Both callers agree on this signature: f2c'd LAPACK passes (name, &info, hidden name length)
 * and OpenBLAS declares int xerbla_(char *, blasint *, blasint).
 */
#include <emscripten.h>

#define NAME_CAP 32

static char last_name[NAME_CAP];
static int last_info;
static int error_count;

int xerbla_(const char *srname, const int *info, int srname_len) {
  int n = 0;
  if (srname != 0) {
    int len = srname_len > 0 ? srname_len : NAME_CAP - 1;
    if (len > NAME_CAP - 1) len = NAME_CAP - 1;
    /* Fortran strings are blank padded and OpenBLAS's are NUL terminated: stop at either. */
    while (n < len && srname[n] != '\0') {
      last_name[n] = srname[n];
      n++;
    }
    while (n > 0 && (last_name[n - 1] == ' ' || last_name[n - 1] == '_')) n--;
  }
  last_name[n] = '\0';
  last_info = info != 0 ? *info : 0;
  error_count++;
  return 0;
}

/* Index of the bad argument of the last recorded error (1-based), or 0 when none is recorded. */
EMSCRIPTEN_KEEPALIVE int stride_xerbla_info(void) { return last_info; }

/* Name of the routine of the last recorded error (NUL terminated, upper case as LAPACK spells it). */
EMSCRIPTEN_KEEPALIVE const char *stride_xerbla_name(void) { return last_name; }

/* Number of errors recorded since the last reset. */
EMSCRIPTEN_KEEPALIVE int stride_xerbla_count(void) { return error_count; }

/* Forget the recorded error; call before a routine whose errors you want to detect. */
EMSCRIPTEN_KEEPALIVE void stride_xerbla_reset(void) {
  last_name[0] = '\0';
  last_info = 0;
  error_count = 0;
}
