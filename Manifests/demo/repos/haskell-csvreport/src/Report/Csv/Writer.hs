-- | Serialises tables back to CSV text.
module Report.Csv.Writer
  ( renderCsv
  , renderRecord
  , renderCell
  , quoteField
  ) where

import Data.List (intercalate)
import Numeric (showFFloat)

import Report.Types

-- | Renders a table including its header line.
renderCsv :: Table -> String
renderCsv (Table header rows) =
  unlines (renderRecord (map unColumnName header) : map (renderRecord . map renderCell) rows)

renderRecord :: [String] -> String
renderRecord = intercalate "," . map quoteField

-- | Formats a cell; whole numbers are printed without a fractional part.
renderCell :: Cell -> String
renderCell cell = case cell of
  CText s -> s
  CBool True -> "true"
  CBool False -> "false"
  CEmpty -> ""
  CNumber n
    | isWhole n -> show (round n :: Integer)
    | otherwise -> showFFloat (Just 2) n ""
  where
    isWhole x = x == fromInteger (round x)

-- | Quotes a field when it contains a delimiter, quote or line break.
quoteField :: String -> String
quoteField field
  | any (`elem` special) field = '"' : concatMap escape field ++ "\""
  | otherwise = field
  where
    special = ",\"\n\r" :: String
    escape '"' = "\"\""
    escape c = [c]
