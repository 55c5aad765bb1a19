# Turning report sections into text in several output formats.

#' Format a data frame's columns for display (currency, percent, dates).
format_columns <- function(df, currency = "EUR") {
  for (col in names(df)) {
    v <- df[[col]]
    df[[col]] <- if (inherits(v, "Date")) {
      format(v, "%d %b %Y")
    } else if (grepl("share|rate", col) && is.numeric(v)) {
      format_percent(v)
    } else if (col %in% c("net", "gross", "median_order", "avg_price", "vat")) {
      format_currency(v, currency)
    } else if (is.numeric(v)) {
      whole <- all(v == round(v), na.rm = TRUE)
      formatC(v, format = if (whole) "d" else "f", digits = if (whole) NULL else 2L, big.mark = ",")
    } else {
      as.character(v)
    }
  }
  df
}

#' Render a data frame as a GitHub-flavoured markdown table.
#' @param right logical per column: right-align (defaults to the numeric columns)
markdown_table <- function(df, right = vapply(df, is.numeric, logical(1))) {
  df <- as.data.frame(df, stringsAsFactors = FALSE)
  header <- paste0("| ", paste(names(df), collapse = " | "), " |")
  align <- paste0("|", paste(ifelse(right, "---:", ":---"), collapse = "|"), "|")
  body <- apply(df, 1L, function(row) paste0("| ", paste(row, collapse = " | "), " |"))
  c(header, align, body)
}

#' Render a data frame as a fixed-width plain text table.
text_table <- function(df) {
  cells <- rbind(names(df), as.matrix(df))
  widths <- apply(cells, 2L, function(col) max(nchar(col)))
  apply(cells, 1L, function(row) paste(sprintf("%*s", widths, row), collapse = "  "))
}

html_table <- function(df) {
  esc <- function(s) gsub("<", "&lt;", gsub("&", "&amp;", s, fixed = TRUE), fixed = TRUE)
  th <- paste0("<th>", esc(names(df)), "</th>", collapse = "")
  rows <- apply(df, 1L, function(r) paste0("<tr>", paste0("<td>", esc(r), "</td>", collapse = ""), "</tr>"))
  c("<table>", paste0("<thead><tr>", th, "</tr></thead>"), "<tbody>", rows, "</tbody>", "</table>")
}

#' Render one section in the requested format.
format_section <- function(section, format = c("markdown", "text", "html"), currency = "EUR") {
  format <- match.arg(format)
  raw <- switch(section$kind,
    table = section$data,
    matrix = data.frame(month = rownames(section$data), round(section$data, 2), check.names = FALSE),
    kv = data.frame(key = names(section$data), value = vapply(section$data, base::format, "", digits = 3)),
    stop("unknown section kind: ", section$kind)
  )
  right <- vapply(raw, is.numeric, logical(1))
  data <- format_columns(raw, currency)
  heading <- switch(format,
    markdown = paste("##", section$title),
    text = c(section$title, strrep("=", nchar(section$title))),
    html = sprintf("<h2>%s</h2>", section$title)
  )
  lines <- switch(format,
    markdown = markdown_table(data, right),
    text = text_table(data),
    html = html_table(data)
  )
  c(heading, "", lines, "")
}
