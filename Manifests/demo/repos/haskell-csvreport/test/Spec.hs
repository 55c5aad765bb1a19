{-# LANGUAGE OverloadedStrings #-}

-- | Dependency-free test driver: each case is a name and a Bool.
module Main (main) where

import Control.Monad (unless)
import Data.List (isInfixOf)
import System.Exit (exitFailure)

import Report
import Report.Aggregate (Stats (..), mean, summarize)
import Report.Column (ColumnType (..), columnValues, inferType)
import Report.Csv.Lexer (lexCsv)
import Report.Csv.Parser (defaultParseOptions, parseCell, parseTable)
import Report.Csv.Writer (quoteField, renderCell)

sales :: String
sales = unlines
  [ "region,product,amount,paid"
  , "north,\"Widget, large\",1200,yes"
  , "south,Gadget,\"1,050.50\",no"
  , "north,Gizmo,300,yes"
  , ""
  , "east,Widget,NA,yes"
  ]

tests :: [(String, Bool)]
tests =
  [ ("lexer handles quotes", lexCsv ',' "a,\"b \"\"c\"\"\"\n" == Right [["a", "b \"c\""]])
  , ("lexer reports line", either fst (const 0) (lexCsv ',' "x\n\"open") == 2)
  , ("cell inference", map (parseCell defaultParseOptions) ["12%", " 3 ", "no", "n/a"]
      == [CNumber 0.12, CNumber 3, CBool False, CText "n/a"])
  , ("quoting", quoteField "a,b" == "\"a,b\"" && renderCell (CNumber 2.5) == "2.50")
  , ("stats monoid", mean (summarize [1, 2, 3, 6]) == Just 3)
  , ("empty stats", statCount (mempty :: Stats) == 0)
  , ("column types", inferType [CNumber 1, CEmpty, CNumber 2] == NumberColumn
      && inferType [CText "a", CNumber 1] == TextColumn)
  , ("ragged rows rejected", isLeft (parseTable defaultParseOptions "a,b\n1\n"))
  , ("numeric column", (parseTable defaultParseOptions sales >>= columnValues "amount")
      == Right [1200, 1050.5, 300 :: Double])
  , ("unknown column", (parseTable defaultParseOptions sales >>= columnValues "price" :: Either ReportError [Double])
      == Left (UnknownColumn "price"))
  , ("grouped report", reportContains ["--group", "region", "--format", "csv"] "north,2,1500,750")
  , ("top-n markdown", reportContains ["--group", "product", "--agg", "sum", "--top", "1", "--format", "md"]
      "| Widget")
  ]
  where
    isLeft = either (const True) (const False)
    reportContains args needle =
      case parseArgs args of
        Left _ -> False
        Right spec -> either (const False) (needle `isInfixOf`) (runReport spec sales)

main :: IO ()
main = do
  let failures = [name | (name, ok) <- tests, not ok]
  mapM_ (putStrLn . ("FAIL " ++)) failures
  putStrLn (show (length tests - length failures) ++ "/" ++ show (length tests) ++ " tests passed")
  unless (null failures) exitFailure
