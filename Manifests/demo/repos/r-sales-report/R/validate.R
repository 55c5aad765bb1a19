# Row-level validation of sales data.

#' Check sales rows and split them into valid and rejected sets.
#'
#' Each rule is a function returning a logical vector (TRUE = row passes).
#' @return list(valid = data.frame, rejected = data.frame with a `reason` column)
validate_sales <- function(sales, config = report_config(), rules = default_rules(config)) {
  stopifnot(is.data.frame(sales))
  reasons <- rep(NA_character_, nrow(sales))

  for (rule_name in names(rules)) {
    passed <- rules[[rule_name]](sales)
    passed[is.na(passed)] <- FALSE
    failed_now <- !passed & is.na(reasons)
    reasons[failed_now] <- rule_name
  }

  ok <- is.na(reasons)
  rejected <- sales[!ok, , drop = FALSE]
  rejected$reason <- reasons[!ok]
  if (nrow(rejected) > 0L) {
    counts <- table(rejected$reason)
    warning(
      sprintf("%d row(s) rejected: %s", nrow(rejected), paste(names(counts), counts, sep = " x", collapse = "; ")),
      call. = FALSE
    )
  }
  list(valid = sales[ok, , drop = FALSE], rejected = rejected)
}

#' The default rule set; later rules only see rows that passed earlier ones.
default_rules <- function(config) {
  list(
    missing_date = function(d) !is.na(d$date),
    future_date = function(d) d$date <= Sys.Date(),
    blank_region = function(d) nzchar(d$region %||% ""),
    negative_units = function(d) d$units >= config$min_units,
    bad_price = function(d) is.finite(d$unit_price) & d$unit_price > 0,
    bad_discount = \(d) d$discount >= 0 & d$discount < 1
  )
}

#' Detect duplicated transactions (same date, region, product and units).
find_duplicates <- function(sales, keys = c("date", "region", "product", "units")) {
  dup <- duplicated(sales[keys]) | duplicated(sales[keys], fromLast = TRUE)
  sales[dup, , drop = FALSE]
}

#' Validate and return only valid rows, optionally failing on any rejection.
clean_sales <- function(sales, strict = FALSE, ...) {
  result <- withCallingHandlers(
    validate_sales(sales, ...),
    warning = function(w) {
      if (strict) abort(conditionMessage(w), class = "validation_error")
      inform("%s", conditionMessage(w))
      invokeRestart("muffleWarning")
    }
  )
  result$valid
}
