# Rendering whole reports and writing them to disk.

render.sales_report <- function(x, format = "markdown", ...) {
  m <- x$meta
  title <- switch(format,
    markdown = sprintf("# %s", m$title),
    html = sprintf("<h1>%s</h1>", m$title),
    m$title
  )
  intro <- sprintf(
    "Period %s to %s, %s rows, net revenue %s.",
    m$period[1], m$period[2], format(m$rows, big.mark = ","), format_currency(m$total_net, m$currency)
  )
  body <- unlist(lapply(x$sections, format_section, format = format, currency = m$currency))
  c(title, "", intro, "", body)
}

#' Pick a file name that does not exist yet: report.md, report-1.md, report-2.md, ...
unique_path <- function(dir, stem, ext) {
  candidate <- file.path(dir, paste0(stem, ".", ext))
  i <- 0L
  repeat {
    if (!file.exists(candidate)) break
    i <- i + 1L
    candidate <- file.path(dir, sprintf("%s-%d.%s", stem, i, ext))
  }
  candidate
}

#' Write a report using the output settings from `config`.
write_report <- function(report, config = report_config()) {
  out <- config$output
  dir.create(out$dir, showWarnings = FALSE, recursive = TRUE)
  ext <- c(markdown = "md", html = "html", text = "txt", csv = "csv")[[out$format]]
  stem <- paste0("sales-", gsub("-", "", report$meta$period[2]))
  path <- if (isTRUE(out$overwrite)) file.path(out$dir, paste0(stem, ".", ext)) else unique_path(out$dir, stem, ext)

  if (out$format == "csv") {
    write.csv(as.data.frame(report), path, row.names = FALSE)
  } else {
    lines <- render(report, format = out$format)
    if (out$format == "html") {
      lines <- c("<!DOCTYPE html>", "<html><body>", lines, "</body></html>")
    }
    writeLines(lines, path, useBytes = TRUE)
  }
  inform("Wrote %s (%s)", path, format(structure(file.size(path), class = "object_size"), units = "auto"))
  invisible(path)
}

#' End-to-end entry point: read a directory of CSVs and write the report.
run_report <- function(input_dir, ..., from = NULL, to = NULL) {
  config <- report_config(...)
  result <- tryCatch(
    {
      sales <- read_sales_dir(input_dir, config = config)
      sales <- filter_period(sales, from, to)
      report <- sales_report(sales, config)
      print(report)
      write_report(report, config)
    },
    schema_error = function(e) {
      message("Input files have the wrong columns: ", conditionMessage(e))
      NULL
    },
    salesreport_error = function(e) {
      message("Report failed: ", conditionMessage(e))
      NULL
    },
    finally = inform("Done.")
  )
  invisible(result)
}
