{-# LANGUAGE BangPatterns #-}

-- | Grouping and summary statistics over numeric columns.
module Report.Aggregate
  ( Stats (..)
  , Aggregation (..)
  , singleton
  , mean
  , summarize
  , groupBy
  , applyAggregation
  , aggregationName
  ) where

import Data.List (foldl')
import qualified Data.Map.Strict as Map

import Report.Column (columnValues)
import Report.Types

-- | Running statistics; a 'Monoid' so groups can be merged in any order.
data Stats = Stats
  { statCount :: !Int
  , statSum   :: !Double
  , statMin   :: !Double
  , statMax   :: !Double
  } deriving (Eq, Show)

instance Semigroup Stats where
  Stats c1 s1 lo1 hi1 <> Stats c2 s2 lo2 hi2 =
    Stats (c1 + c2) (s1 + s2) (min lo1 lo2) (max hi1 hi2)

instance Monoid Stats where
  mempty = Stats 0 0 (1 / 0) (-1 / 0)

singleton :: Double -> Stats
singleton x = Stats 1 x x x

mean :: Stats -> Maybe Double
mean (Stats 0 _ _ _) = Nothing
mean s = Just (statSum s / fromIntegral (statCount s))

-- | Strict left fold over the values.
summarize :: [Double] -> Stats
summarize = foldl' step mempty
  where
    step !acc x = acc <> singleton x

data Aggregation = Count | Sum | Mean | Min | Max
  deriving (Eq, Show, Read, Enum, Bounded)

aggregationName :: Aggregation -> String
aggregationName agg = case agg of
  Count -> "count"
  Sum -> "sum"
  Mean -> "avg"
  Min -> "min"
  Max -> "max"

applyAggregation :: Aggregation -> Stats -> Cell
applyAggregation agg stats
  | statCount stats == 0, agg /= Count = CEmpty
  | otherwise = case agg of
      Count -> toCell (statCount stats)
      Sum -> CNumber (statSum stats)
      Mean -> maybe CEmpty CNumber (mean stats)
      Min -> CNumber (statMin stats)
      Max -> CNumber (statMax stats)

-- | Groups rows by the key column and summarises the value column per group.
groupBy :: ColumnName -> ColumnName -> Table -> Either ReportError (Map.Map Cell Stats)
groupBy keyCol valueCol table = do
  keyIx <- columnIndex keyCol table
  valIx <- columnIndex valueCol table
  _ <- columnValues valueCol table :: Either ReportError [Double]
  let entries = [ (row !! keyIx, statsOf (row !! valIx)) | row <- tableRows table ]
  pure (Map.fromListWith (flip (<>)) entries)
  where
    statsOf (CNumber n) = singleton n
    statsOf _ = mempty
