# Reading raw sales CSV files into a typed data frame.

.sales_columns <- c(
  date = "character",
  region = "character",
  product = "character",
  units = "integer",
  unit_price = "numeric",
  discount = "numeric"
)

#' Read one sales CSV file.
#'
#' @param path file path
#' @param config a `report_config`
#' @return data.frame with columns named in `.sales_columns`
read_sales_csv <- function(path, config = report_config()) {
  if (!file.exists(path)) {
    abort(sprintf("File not found: %s", path), class = "input_error", path = path)
  }
  raw <- tryCatch(
    read.csv(path, stringsAsFactors = FALSE, strip.white = TRUE, na.strings = c("", "NA", "n/a")),
    error = function(e) abort(sprintf("Cannot parse %s: %s", path, conditionMessage(e)), class = "input_error"),
    warning = function(w) {
      inform("Warning while reading %s: %s", basename(path), conditionMessage(w))
      suppressWarnings(read.csv(path, stringsAsFactors = FALSE))
    }
  )
  names(raw) <- snake_case(names(raw))

  required <- setdiff(names(.sales_columns), "discount")
  missing_cols <- setdiff(required, names(raw))
  if (length(missing_cols)) {
    abort(sprintf("Missing column(s): %s", toString(missing_cols)), class = "schema_error")
  }
  if (!"discount" %in% names(raw)) raw$discount <- 0

  for (col in names(.sales_columns)) {
    raw[[col]] <- switch(.sales_columns[[col]],
      integer = as.integer(raw[[col]]),
      numeric = as.numeric(raw[[col]]),
      character = trimws(as.character(raw[[col]]))
    )
  }
  raw$date <- as.Date(raw$date, format = config$date_format)
  raw$source <- basename(path)
  raw[, c(names(.sales_columns), "source")]
}

#' Read every CSV in a directory and bind them together.
read_sales_dir <- function(dir, pattern = "\\.csv$", config = report_config()) {
  files <- list.files(dir, pattern = pattern, full.names = TRUE)
  if (length(files) == 0L) {
    abort(sprintf("No CSV files in %s", dir), class = "input_error")
  }
  frames <- lapply(files, read_sales_csv, config = config)
  inform("Read %d file(s), %d rows", length(files), sum(vapply(frames, nrow, integer(1))))
  do.call(rbind, frames)
}
