setup_sales <- function() {
  set.seed(42)
  n <- 60L
  sales <- data.frame(
    date = as.Date("2024-01-01") + sort(sample(0:120, n, replace = TRUE)),
    region = sample(c("North", "South", "East"), n, replace = TRUE),
    product = sample(c("Widget", "Gadget", "Gizmo", "Doohickey"), n, replace = TRUE),
    units = sample(1:40, n, replace = TRUE),
    unit_price = round(runif(n, 1, 50), 2),
    discount = sample(c(0, 0.05, 0.1), n, replace = TRUE),
    stringsAsFactors = FALSE
  )
  enrich_sales(sales)
}

test_that("enrich_sales derives revenue and calendar columns", {
  sales <- setup_sales()
  expect_true(all(c("gross", "net", "month", "quarter", "vat") %in% names(sales)))
  expect_true(all(sales$net <= sales$gross))
  expect_match(sales$quarter, "^2024-Q[1-4]$")
})

test_that("summaries agree with the raw totals", {
  sales <- setup_sales()
  by_region <- summarise_by(sales, "region")
  expect_equal(sum(by_region$net), sum(sales$net))
  expect_equal(sum(by_region$orders), nrow(sales))
  expect_equal(sum(monthly_matrix(sales)), sum(sales$net))
  expect_equal(sum(weekday_profile(sales)), nrow(sales))
})

test_that("top_products returns shares that sum to at most one", {
  top <- top_products(setup_sales(), n = 2L)
  expect_equal(nrow(top), 2L)
  expect_lte(sum(top$share), 1)
  expect_true(is.unsorted(rev(top$net)) == FALSE)
})

test_that("RunningStats matches base R", {
  x <- c(3, 7, NA, 1, 12, 5)
  stats <- RunningStats$new()
  stats$push(x[1:3])$push(x[4:6])
  expect_equal(stats$mean, mean(x, na.rm = TRUE))
  expect_equal(stats$variance(), var(x, na.rm = TRUE))
  expect_equal(c(stats$min, stats$max), range(x, na.rm = TRUE))
})

test_that("a full report renders in every format", {
  report <- suppressMessages(sales_report(setup_sales(), report_config(top_n = 3)))
  expect_s3_class(report, "sales_report")
  expect_equal(length(report), 5L)
  for (fmt in c("markdown", "text", "html")) {
    lines <- render(report, format = fmt)
    expect_type(lines, "character")
    expect_true(any(grepl("Top products", lines, fixed = TRUE)))
  }
  expect_equal(report[["Trend"]]$kind, "kv")
})
