# Aggregations that feed the report sections.

#' Totals of units and net revenue per group, using the formula interface.
summarise_by <- function(sales, by = c("region", "product")) {
  rhs <- paste(by, collapse = " + ")
  f <- as.formula(paste("cbind(units, net) ~", rhs))
  out <- aggregate(f, data = sales, FUN = sum)
  out$orders <- aggregate(as.formula(paste("units ~", rhs)), data = sales, FUN = length)$units
  out$avg_price <- safe_divide(out$net, out$units)
  out[order(-out$net), , drop = FALSE]
}

#' Monthly revenue per region as a wide table (months x regions).
monthly_matrix <- function(sales) {
  xt <- xtabs(net ~ month + region, data = sales)
  m <- unclass(xt)
  m[order(rownames(m)), , drop = FALSE]
}

#' Month-over-month growth for each column of a monthly matrix.
growth_rates <- function(m) {
  apply(m, 2L, pct_change)
}

#' Top N products by net revenue with their share of the total.
top_products <- function(sales, n = 5L) {
  totals <- sort(tapply(sales$net, sales$product, sum), decreasing = TRUE)
  top <- head(totals, n)
  data.frame(
    product = names(top),
    net = as.numeric(top),
    share = as.numeric(top) / sum(totals),
    row.names = NULL
  )
}

#' Per-region statistics computed with split/lapply and bound together.
region_stats <- function(sales) {
  parts <- split(sales, sales$region)
  rows <- lapply(names(parts), function(region) {
    d <- parts[[region]]
    data.frame(
      region = region,
      orders = nrow(d),
      net = sum(d$net),
      median_order = median(d$net),
      best_month = names(which.max(tapply(d$net, d$month, sum))),
      discount_rate = safe_divide(sum(d$gross - d$net), sum(d$gross))
    )
  })
  do.call(rbind, rows)
}

#' Linear trend of monthly revenue; returns slope per month and R squared.
revenue_trend <- function(sales) {
  monthly <- aggregate(net ~ month, data = sales, FUN = sum)
  if (nrow(monthly) < 3L) {
    return(list(slope = NA_real_, r_squared = NA_real_, months = nrow(monthly)))
  }
  monthly$t <- seq_len(nrow(monthly))
  fit <- lm(net ~ t, data = monthly)
  list(
    slope = unname(coef(fit)[["t"]]),
    r_squared = summary(fit)$r.squared,
    months = nrow(monthly)
  )
}

#' Weekday distribution of orders, always in Monday..Sunday order.
weekday_profile <- function(sales) {
  days <- c("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
  counts <- table(factor(sales$weekday, levels = days))
  setNames(as.vector(counts), days)
}
