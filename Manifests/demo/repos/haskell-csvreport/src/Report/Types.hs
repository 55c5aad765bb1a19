{-# LANGUAGE GeneralizedNewtypeDeriving #-}

-- | Core data types shared by the CSV report generator.
module Report.Types
  ( Cell (..)
  , ColumnName (..)
  , Row
  , Table (..)
  , ReportError (..)
  , ToCell (..)
  , mkTable
  , columnIndex
  , renderError
  ) where

import Data.List (elemIndex)
import Data.String (IsString (..))

-- | A single parsed value. Numbers are kept as 'Double' for aggregation.
data Cell
  = CText String
  | CNumber Double
  | CBool Bool
  | CEmpty
  deriving (Eq, Ord, Show)

-- | Name of a column as written in the CSV header.
newtype ColumnName = ColumnName { unColumnName :: String }
  deriving (Eq, Ord, Show, Semigroup, Monoid)

instance IsString ColumnName where
  fromString = ColumnName

type Row = [Cell]

-- | A rectangular table: every row has one cell per header column.
data Table = Table
  { tableHeader :: [ColumnName]
  , tableRows   :: [Row]
  } deriving (Eq, Show)

-- | Everything that can go wrong while reading or reporting.
data ReportError
  = ParseError Int String
  | RaggedRow Int Int Int
  | UnknownColumn ColumnName
  | TypeMismatch ColumnName String
  | EmptyInput
  deriving (Eq, Show)

-- | Values that can be stored in a 'Cell'.
class ToCell a where
  toCell :: a -> Cell
  toCells :: [a] -> [Cell]
  toCells = map toCell

instance ToCell Double where
  toCell = CNumber

instance ToCell Int where
  toCell = CNumber . fromIntegral

instance ToCell Bool where
  toCell = CBool

instance ToCell Cell where
  toCell = id

-- | Builds a table, checking that every row has the header's width.
mkTable :: [ColumnName] -> [Row] -> Either ReportError Table
mkTable header rows = Table header <$> traverse check (zip [2 ..] rows)
  where
    width = length header
    check (lineNo, row)
      | length row == width = Right row
      | otherwise = Left (RaggedRow lineNo width (length row))

-- | Position of a column, or 'UnknownColumn'.
columnIndex :: ColumnName -> Table -> Either ReportError Int
columnIndex name table =
  maybe (Left (UnknownColumn name)) Right (elemIndex name (tableHeader table))

-- | Human readable error message.
renderError :: ReportError -> String
renderError err = case err of
  ParseError line msg -> "line " ++ show line ++ ": " ++ msg
  RaggedRow line expected actual ->
    "line " ++ show line ++ ": expected " ++ show expected ++ " fields, got " ++ show actual
  UnknownColumn (ColumnName c) -> "unknown column " ++ show c
  TypeMismatch (ColumnName c) want -> "column " ++ show c ++ " is not " ++ want
  EmptyInput -> "input is empty"
