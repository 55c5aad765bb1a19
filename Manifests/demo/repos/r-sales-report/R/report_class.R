# The `sales_report` S3 class: constructor, validator, generics and methods.

new_sales_report <- function(sections = list(), meta = list()) {
  stopifnot(is.list(sections), is.list(meta))
  structure(list(sections = sections, meta = meta), class = "sales_report")
}

validate_sales_report <- function(x) {
  titles <- vapply(x$sections, `[[`, character(1), "title")
  if (anyDuplicated(titles)) {
    abort("Section titles must be unique", class = "report_error")
  }
  x
}

#' Build the full report from raw sales data.
sales_report <- function(sales, config = report_config(), title = "Sales report") {
  sales <- enrich_sales(clean_sales(sales, config = config), config)
  period <- range(sales$date)
  sections <- list(
    list(title = "Revenue by region", kind = "table", data = region_stats(sales)),
    list(title = "Top products", kind = "table", data = top_products(sales, config$top_n)),
    list(title = "Breakdown", kind = "table", data = summarise_by(sales, config$group_by)),
    list(title = "Monthly revenue", kind = "matrix", data = monthly_matrix(sales)),
    list(title = "Trend", kind = "kv", data = revenue_trend(sales))
  )
  meta <- list(
    title = title,
    period = format(period, config$date_format),
    rows = nrow(sales),
    total_net = sum(sales$net),
    currency = config$currency,
    generated = Sys.time()
  )
  validate_sales_report(new_sales_report(sections, meta))
}

# Generics ---------------------------------------------------------------

render <- function(x, ...) UseMethod("render")

render.default <- function(x, ...) {
  stop(sprintf("Don't know how to render an object of class '%s'", class(x)[1]), call. = FALSE)
}

# Methods ----------------------------------------------------------------

print.sales_report <- function(x, ...) {
  m <- x$meta
  cat(sprintf("<sales_report> %s\n", m$title))
  cat(sprintf("  period:   %s to %s (%d rows)\n", m$period[1], m$period[2], m$rows))
  cat(sprintf("  net:      %s\n", format_currency(m$total_net, m$currency)))
  cat("  sections:", paste(vapply(x$sections, `[[`, "", "title"), collapse = " | "), "\n")
  invisible(x)
}

summary.sales_report <- function(object, ...) {
  structure(list(meta = object$meta, n_sections = length(object$sections)), class = "summary.sales_report")
}

length.sales_report <- function(x) length(x$sections)

`[[.sales_report` <- function(x, i) {
  if (is.character(i)) {
    hit <- Filter(function(s) identical(s$title, i), unclass(x)$sections)
    if (length(hit) == 0L) stop("No section titled '", i, "'")
    return(hit[[1]])
  }
  unclass(x)$sections[[i]]
}

as.data.frame.sales_report <- function(x, row.names = NULL, optional = FALSE, ...) {
  tables <- Filter(function(s) s$kind == "table", unclass(x)$sections)
  tables[[1]]$data
}
