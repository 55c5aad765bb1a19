make_sales <- function(...) {
  base <- data.frame(
    date = as.Date(c("2024-01-05", "2024-01-06", "2024-02-10", "2024-02-11")),
    region = c("North", "South", "North", "East"),
    product = c("Widget", "Gadget", "Widget", "Gizmo"),
    units = c(10L, 3L, 25L, 1L),
    unit_price = c(2.5, 10, 2.5, 99.9),
    discount = c(0, 0.1, 0.05, 0),
    stringsAsFactors = FALSE
  )
  overrides <- list(...)
  for (name in names(overrides)) base[[name]] <- overrides[[name]]
  base
}

test_that("valid data passes untouched", {
  result <- validate_sales(make_sales())
  expect_equal(nrow(result$valid), 4L)
  expect_equal(nrow(result$rejected), 0L)
})

test_that("each bad row is rejected with the first failing rule", {
  sales <- make_sales(units = c(10L, -2L, 25L, 1L), unit_price = c(2.5, 10, 0, 99.9))
  expect_warning(result <- validate_sales(sales), "2 row\\(s\\) rejected")
  expect_setequal(result$rejected$reason, c("negative_units", "bad_price"))
  expect_equal(result$valid$region, c("North", "East"))
})

test_that("strict cleaning raises a classed error", {
  sales <- make_sales(discount = c(0, 1.5, 0, 0))
  expect_error(clean_sales(sales, strict = TRUE), class = "validation_error")
  expect_equal(nrow(suppressMessages(clean_sales(sales))), 3L)
})

test_that("duplicates are detected on all key columns", {
  sales <- rbind(make_sales(), make_sales()[1, ])
  expect_equal(nrow(find_duplicates(sales)), 2L)
})

test_that("config rejects unknown options and bad values", {
  expect_error(report_config(colour = "blue"), class = "config_error")
  expect_error(report_config(vat_rate = 2), "vat_rate must be between 0 and 1")
  expect_equal(report_config(top_n = 3)$top_n, 3L)
})
