# A Reference Class (R5) that accumulates streaming statistics, used when
# processing many files one at a time without keeping them all in memory.

RunningStats <- setRefClass(
  "RunningStats",
  fields = list(
    n = "numeric",
    mean = "numeric",
    m2 = "numeric",
    min = "numeric",
    max = "numeric",
    by_group = "list"
  ),
  methods = list(
    initialize = function(...) {
      n <<- 0
      mean <<- 0
      m2 <<- 0
      min <<- Inf
      max <<- -Inf
      by_group <<- list()
      callSuper(...)
    },

    push = function(values, groups = NULL) {
      "Add a numeric vector (Welford's online algorithm)."
      for (x in values[!is.na(values)]) {
        n <<- n + 1
        delta <- x - mean
        mean <<- mean + delta / n
        m2 <<- m2 + delta * (x - mean)
      }
      min <<- base::min(min, values, na.rm = TRUE)
      max <<- base::max(max, values, na.rm = TRUE)
      if (!is.null(groups)) {
        sums <- tapply(values, groups, sum, na.rm = TRUE)
        for (g in names(sums)) {
          by_group[[g]] <<- (by_group[[g]] %||% 0) + sums[[g]]
        }
      }
      invisible(.self)
    },

    variance = function() {
      if (n < 2) NA_real_ else m2 / (n - 1)
    },

    as_list = function() {
      list(n = n, mean = mean, sd = sqrt(variance()), min = min, max = max, groups = unlist(by_group))
    },

    show = function() {
      cat(sprintf("<RunningStats n=%d mean=%.2f sd=%.2f range=[%.2f, %.2f]>\n",
                  as.integer(n), mean, sqrt(variance()), min, max))
    }
  )
)

#' Stream every CSV in `dir` through a RunningStats accumulator.
stream_stats <- function(dir, column = "net", config = report_config()) {
  stats <- RunningStats$new()
  for (path in list.files(dir, pattern = "\\.csv$", full.names = TRUE)) {
    chunk <- tryCatch(
      enrich_sales(clean_sales(read_sales_csv(path, config), config = config), config),
      salesreport_error = function(e) {
        inform("skipping %s: %s", basename(path), conditionMessage(e))
        NULL
      }
    )
    if (is.null(chunk)) next
    stats$push(chunk[[column]], groups = chunk$region)
  }
  stats
}
