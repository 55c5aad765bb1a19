# Derived columns and filtering helpers built on base R pipes.

#' Add revenue and calendar columns.
enrich_sales <- function(sales, config = report_config()) {
  sales |>
    transform(
      gross = units * unit_price,
      net = units * unit_price * (1 - discount),
      month = format(date, "%Y-%m"),
      quarter = paste0(format(date, "%Y"), "-Q", (as.integer(format(date, "%m")) - 1L) %/% 3L + 1L),
      weekday = weekdays(date, abbreviate = TRUE)
    ) |>
    within({
      vat <- round(net * config$vat_rate, 2)
      net_ex_vat <- net - vat
      size <- cut(units, breaks = c(-Inf, 9, 99, Inf), labels = c("small", "medium", "bulk"))
    })
}

#' Keep rows in a date window; either bound may be NULL.
filter_period <- function(sales, from = NULL, to = NULL) {
  keep <- rep(TRUE, nrow(sales))
  if (!is.null(from)) keep <- keep & sales$date >= as.Date(from)
  if (!is.null(to)) keep <- keep & sales$date <= as.Date(to)
  sales[keep, , drop = FALSE]
}

#' Collapse rare products into "Other" so reports stay readable.
lump_products <- function(sales, keep_n = 8L, other = "Other") {
  totals <- tapply(sales$net, sales$product, sum)
  top <- names(sort(totals, decreasing = TRUE))[seq_len(min(keep_n, length(totals)))]
  sales$product <- ifelse(sales$product %in% top, sales$product, other)
  sales
}

#' Running total of a numeric column within each group, in date order.
running_total <- function(sales, value = "net", by = "region") {
  sales <- sales[order(sales[[by]], sales$date), ]
  sales[[paste0("cum_", value)]] <- ave(sales[[value]], sales[[by]], FUN = cumsum)
  sales
}

#' Apply a list of named transformations in order, reporting each step.
apply_steps <- function(data, steps) {
  i <- 0L
  while (i < length(steps)) {
    i <- i + 1L
    before <- nrow(data)
    data <- steps[[i]](data)
    inform("step %d (%s): %d -> %d rows", i, names(steps)[i] %||% "?", before, nrow(data))
  }
  data
}
