{-# LANGUAGE FlexibleInstances #-}
{-# LANGUAGE ScopedTypeVariables #-}

-- | Typed access to table columns.
module Report.Column
  ( ColumnType (..)
  , FromCell (..)
  , column
  , columnValues
  , inferType
  , describeColumns
  ) where

import qualified Data.Map.Strict as Map

import Report.Types

data ColumnType = TextColumn | NumberColumn | BoolColumn | EmptyColumn
  deriving (Eq, Ord, Show, Enum, Bounded)

-- | Types that can be read back out of a cell.
class FromCell a where
  fromCell :: Cell -> Maybe a
  typeName :: proxy a -> String

instance FromCell Double where
  fromCell (CNumber n) = Just n
  fromCell _ = Nothing
  typeName _ = "a number"

instance FromCell Bool where
  fromCell (CBool b) = Just b
  fromCell _ = Nothing
  typeName _ = "a boolean"

instance FromCell String where
  fromCell (CText s) = Just s
  fromCell (CNumber n) = Just (show n)
  fromCell _ = Nothing
  typeName _ = "text"

-- | All cells of a named column, in row order.
column :: ColumnName -> Table -> Either ReportError [Cell]
column name table = do
  ix <- columnIndex name table
  pure [row !! ix | row <- tableRows table]

-- | Converts every non-empty cell of a column, failing on the first mismatch.
columnValues :: forall a. FromCell a => ColumnName -> Table -> Either ReportError [a]
columnValues name table = column name table >>= traverse convert . filter (/= CEmpty)
  where
    convert cell = maybe (Left (TypeMismatch name (typeName ([] :: [a])))) Right (fromCell cell)

cellType :: Cell -> ColumnType
cellType (CText _) = TextColumn
cellType (CNumber _) = NumberColumn
cellType (CBool _) = BoolColumn
cellType CEmpty = EmptyColumn

-- | A column's type is the most general type among its non-empty cells.
inferType :: [Cell] -> ColumnType
inferType cells =
  case Map.keys counts of
    [] -> EmptyColumn
    [single] -> single
    _ -> TextColumn
  where
    counts = Map.fromListWith (+) [(cellType c, 1 :: Int) | c <- cells, c /= CEmpty]

-- | One line per column: name, inferred type and number of empty cells.
describeColumns :: Table -> [(ColumnName, ColumnType, Int)]
describeColumns table =
  [ (name, inferType cells, length (filter (== CEmpty) cells))
  | (ix, name) <- zip [0 ..] (tableHeader table)
  , let cells = map (!! ix) (tableRows table)
  ]
