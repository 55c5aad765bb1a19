# Report configuration: defaults, validation and merging of user overrides.

.default_config <- list(
  currency = "EUR",
  date_format = "%Y-%m-%d",
  group_by = c("region", "product"),
  top_n = 5L,
  min_units = 0L,
  output = list(format = "markdown", dir = "reports", overwrite = FALSE),
  vat_rate = 0.19
)

#' Build a report configuration from defaults plus overrides.
#'
#' @param ... named overrides, e.g. `report_config(top_n = 10, output = list(format = "csv"))`
#' @return a list of class `report_config`
report_config <- function(...) {
  overrides <- list(...)
  unknown <- setdiff(names(overrides), names(.default_config))
  if (length(unknown) > 0L) {
    abort(
      sprintf("Unknown config option(s): %s", paste(unknown, collapse = ", ")),
      class = "config_error"
    )
  }
  config <- modifyList(.default_config, overrides)
  config$top_n <- as.integer(config$top_n)
  config$output$format <- match.arg(config$output$format, c("markdown", "csv", "html", "text"))
  stopifnot(
    "vat_rate must be between 0 and 1" = config$vat_rate >= 0 && config$vat_rate < 1,
    "top_n must be positive" = config$top_n > 0L
  )
  structure(config, class = c("report_config", "list"))
}

print.report_config <- function(x, ...) {
  cat("<report_config>\n")
  for (name in names(x)) {
    value <- x[[name]]
    shown <- if (is.list(value)) {
      paste(names(value), unlist(value), sep = "=", collapse = ", ")
    } else {
      paste(value, collapse = ", ")
    }
    cat(sprintf("  %-12s %s\n", name, shown))
  }
  invisible(x)
}
