-- | High-level entry points: CSV text in, rendered report out.
module Report
  ( buildReport
  , runReport
  , sortByColumn
  , module Report.Types
  , module Report.Config
  ) where

import Data.List (sortBy)
import qualified Data.Map.Strict as Map
import Data.Ord (Down (..), comparing)

import Report.Aggregate
import Report.Config
import Report.Csv.Parser (defaultParseOptions, parseTable)
import Report.Csv.Writer (renderCsv)
import Report.Format (renderMarkdown, renderText)
import Report.Types

-- | Computes the summary table described by the spec.
buildReport :: ReportSpec -> Table -> Either ReportError Table
buildReport spec table = do
  groups <- groupBy (specGroupBy spec) (specValue spec) table
  let aggs = specAggregations spec
      header = specGroupBy spec : map (columnFor (specValue spec)) aggs
      rows = [key : map (`applyAggregation` stats) aggs | (key, stats) <- Map.toList groups]
      -- rank by the first aggregation other than Count, if there is one
      rankIx = case [i | (i, agg) <- zip [1 ..] aggs, agg /= Count] of
        i : _ -> i
        [] -> 1
      ranked = case specTop spec of
        Just n | not (null aggs) -> take n (sortByColumn rankIx (Down . rankKey) rows)
        _ -> rows
  mkTable header ranked
  where
    columnFor (ColumnName v) agg = ColumnName (aggregationName agg ++ "(" ++ v ++ ")")
    rankKey (CNumber n) = n
    rankKey _ = 0

-- | Stable sort of rows by a projection of the cell at the given index.
sortByColumn :: Ord k => Int -> (Cell -> k) -> [Row] -> [Row]
sortByColumn ix key = sortBy (comparing (key . (!! ix)))

-- | Parses, aggregates and renders in one step.
runReport :: ReportSpec -> String -> Either ReportError String
runReport spec input = do
  table <- parseTable defaultParseOptions input
  report <- buildReport spec table
  let render = case specFormat spec of
        AsText -> renderText
        AsMarkdown -> renderMarkdown
        AsCsv -> renderCsv
  return (render report)
