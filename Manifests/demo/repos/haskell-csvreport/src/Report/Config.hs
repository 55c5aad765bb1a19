{-# LANGUAGE LambdaCase #-}
{-# LANGUAGE OverloadedStrings #-}

-- | Command-line configuration for a report run.
module Report.Config
  ( OutputFormat (..)
  , ReportSpec (..)
  , defaultSpec
  , parseArgs
  , usage
  ) where

import Data.Char (toLower)
import Text.Read (readMaybe)

import Report.Aggregate (Aggregation (..))
import Report.Types (ColumnName (..))

data OutputFormat = AsText | AsMarkdown | AsCsv
  deriving (Eq, Show)

-- | What to compute: group rows by 'specGroupBy' and aggregate 'specValue'.
data ReportSpec = ReportSpec
  { specInput        :: Maybe FilePath
  , specGroupBy      :: ColumnName
  , specValue        :: ColumnName
  , specAggregations :: [Aggregation]
  , specFormat       :: OutputFormat
  , specTop          :: Maybe Int
  } deriving (Show)

defaultSpec :: ReportSpec
defaultSpec = ReportSpec
  { specInput = Nothing
  , specGroupBy = "category"
  , specValue = "amount"
  , specAggregations = [Count, Sum, Mean]
  , specFormat = AsText
  , specTop = Nothing
  }

usage :: String
usage = unlines
  [ "usage: csvreport [--group COL] [--value COL] [--agg count,sum,avg,min,max]"
  , "                 [--format text|markdown|csv] [--top N] [FILE]"
  , "Reads standard input when FILE is omitted."
  ]

-- | Parses arguments left to right; the last occurrence of a flag wins.
parseArgs :: [String] -> Either String ReportSpec
parseArgs = go defaultSpec
  where
    go spec = \case
      [] -> Right spec
      "--group" : col : rest -> go spec { specGroupBy = ColumnName col } rest
      "--value" : col : rest -> go spec { specValue = ColumnName col } rest
      "--agg" : list : rest -> do
        aggs <- traverse parseAgg (splitOn ',' list)
        go spec { specAggregations = aggs } rest
      "--format" : fmt : rest -> do
        f <- parseFormat fmt
        go spec { specFormat = f } rest
      "--top" : n : rest
        | Just k <- readMaybe n, k > 0 -> go spec { specTop = Just k } rest
        | otherwise -> Left ("--top expects a positive number, got " ++ n)
      flag@('-' : '-' : _) : _ -> Left ("unknown or incomplete option " ++ flag)
      file : rest -> go spec { specInput = Just file } rest

parseAgg :: String -> Either String Aggregation
parseAgg name = case map toLower name of
  "count" -> Right Count
  "sum" -> Right Sum
  "avg" -> Right Mean
  "mean" -> Right Mean
  "min" -> Right Min
  "max" -> Right Max
  other -> Left ("unknown aggregation " ++ show other)

parseFormat :: String -> Either String OutputFormat
parseFormat s
  | s `elem` ["text", "txt"] = Right AsText
  | s `elem` ["markdown", "md"] = Right AsMarkdown
  | s == "csv" = Right AsCsv
  | otherwise = Left ("unknown format " ++ s)

splitOn :: Char -> String -> [String]
splitOn sep s = case break (== sep) s of
  (chunk, []) -> [chunk]
  (chunk, _ : rest) -> chunk : splitOn sep rest
