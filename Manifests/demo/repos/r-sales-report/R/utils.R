# Small helpers used throughout the package.

#' Return `y` when `x` is NULL (like rlang's null-coalescing operator).
`%||%` <- function(x, y) if (is.null(x)) y else x

#' Divide, returning `fallback` where the denominator is zero or missing.
safe_divide <- function(num, den, fallback = NA_real_) {
  out <- num / den
  out[is.na(den) | den == 0] <- fallback
  out
}

#' Format numbers as currency strings, e.g. 1234.5 -> "EUR 1,234.50".
format_currency <- function(x, currency = "EUR", digits = 2L) {
  formatted <- formatC(x, format = "f", digits = digits, big.mark = ",")
  ifelse(is.na(x), "-", paste(currency, formatted))
}

format_percent <- function(x, digits = 1L) {
  ifelse(is.na(x), "-", sprintf(paste0("%.", digits, "f%%"), 100 * x))
}

#' Convert a character vector to snake_case column names.
snake_case <- function(x) {
  x <- gsub("([a-z0-9])([A-Z])", "\\1_\\2", x)
  x <- gsub("[^A-Za-z0-9]+", "_", x)
  tolower(gsub("^_+|_+$", "", x))
}

#' Percentage change between consecutive values; first element is NA.
pct_change <- function(x) {
  if (length(x) < 2L) {
    return(rep(NA_real_, length(x)))
  }
  c(NA_real_, safe_divide(diff(x), head(x, -1L)))
}

#' Signal a classed condition so callers can catch specific failures.
abort <- function(message, class = character(), ..., call = sys.call(-1)) {
  cond <- structure(
    class = c(class, "salesreport_error", "error", "condition"),
    list(message = message, call = call, ...)
  )
  stop(cond)
}

#' Emit a message unless the package option `salesreport.quiet` is TRUE.
inform <- function(...) {
  if (!isTRUE(getOption("salesreport.quiet", FALSE))) {
    message(sprintf(...))
  }
  invisible(NULL)
}
