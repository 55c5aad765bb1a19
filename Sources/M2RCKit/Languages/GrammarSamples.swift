/// A short, realistic program per grammar: what `m2rc grammars --check` parses to prove a grammar works.
/// Each must parse with no ERROR or MISSING node.
public enum GrammarSamples {
    /// Grammar symbol → (file name, source).
    public static let byGrammar: [(grammar: String, file: String, source: String)] = [
        ("c", "sample.c", #"""
#include <stdio.h>
#define MAX_ITEMS 16

typedef struct { int id; double price; } Item;

static double total(const Item *items, size_t count) {
    double sum = 0.0;
    for (size_t i = 0; i < count; i++) {
        sum += items[i].price;
    }
    return sum;
}

int main(void) {
    Item items[MAX_ITEMS] = {{1, 2.5}, {2, 4.0}};
    printf("%.2f\n", total(items, 2));
    return 0;
}
"""#),
        ("c_sharp", "sample.cs", #"""
using System;
using System.Linq;

namespace Shop.Billing
{
    public record Line(string Sku, int Quantity, decimal Price);

    public static class Invoice
    {
        public static decimal Total(Line[] lines) =>
            lines.Where(l => l.Quantity > 0).Sum(l => l.Quantity * l.Price);

        public static string Describe(object value) => value switch
        {
            Line { Quantity: 0 } => "empty line",
            Line line => $"{line.Sku} x{line.Quantity}",
            _ => "unknown",
        };
    }
}
"""#),
        ("cpp", "sample.cpp", #"""
#include <string>
#include <vector>

namespace geometry {

template <typename T>
struct Point {
    T x, y;
    Point operator+(const Point& other) const { return {x + other.x, y + other.y}; }
};

class Polygon {
public:
    explicit Polygon(std::vector<Point<double>> points) : points_(std::move(points)) {}
    double perimeter() const;
private:
    std::vector<Point<double>> points_;
};

}  // namespace geometry
"""#),
        ("go", "sample.go", #"""
package inventory

import (
	"errors"
	"fmt"
)

var ErrMissing = errors.New("item missing")

type Store struct {
	items map[string]int
}

func (s *Store) Take(name string, n int) error {
	have, ok := s.items[name]
	if !ok {
		return fmt.Errorf("take %q: %w", name, ErrMissing)
	}
	s.items[name] = have - n
	return nil
}
"""#),
        ("haskell", "sample.hs", #"""
module Queue (Queue, empty, push, pop) where

import qualified Data.List as L

data Queue a = Queue [a] [a] deriving (Show, Eq)

empty :: Queue a
empty = Queue [] []

push :: a -> Queue a -> Queue a
push x (Queue front back) = Queue front (x : back)

pop :: Queue a -> Maybe (a, Queue a)
pop (Queue [] []) = Nothing
pop (Queue [] back) = pop (Queue (L.reverse back) [])
pop (Queue (x : rest) back) = Just (x, Queue rest back)
"""#),
        ("html", "sample.html", #"""
<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Orders</title>
    <style>table { border-collapse: collapse; }</style>
  </head>
  <body>
    <!-- the order table is filled by orders.js -->
    <table id="orders">
      <tr><th>Item</th><th>Price &euro;</th></tr>
    </table>
    <script src="orders.js"></script>
  </body>
</html>
"""#),
        ("java", "sample.java", #"""
package com.example.orders;

import java.util.List;
import java.util.stream.Collectors;

public final class OrderService {
    private final List<Order> orders;

    public OrderService(List<Order> orders) {
        this.orders = orders;
    }

    @Override
    public String toString() {
        return orders.stream().map(Order::id).collect(Collectors.joining(", "));
    }

    public record Order(String id, int quantity) {}
}
"""#),
        ("javascript", "sample.js", #"""
import { readFile } from "node:fs/promises";

export class Cache {
  #entries = new Map();

  async load(path) {
    const text = await readFile(path, "utf8");
    for (const [key, value] of Object.entries(JSON.parse(text))) {
      this.#entries.set(key, value);
    }
    return this.#entries.size;
  }

  get(key, fallback = null) {
    return this.#entries.has(key) ? this.#entries.get(key) : fallback;
  }
}
"""#),
        ("kotlin", "sample.kt", #"""
package demo.tasks

import kotlin.math.max

sealed class Task(val name: String) {
    data class Once(val title: String) : Task(title)
    data class Repeat(val title: String, val times: Int) : Task(title)
}

fun Task.cost(): Int = when (this) {
    is Task.Once -> 1
    is Task.Repeat -> max(1, times)
}

fun main() {
    val tasks = listOf(Task.Once("build"), Task.Repeat("test", 3))
    println(tasks.sumOf { it.cost() })
}
"""#),
        ("lua", "sample.lua", #"""
local Stack = {}
Stack.__index = Stack

function Stack.new()
  return setmetatable({ items = {}, size = 0 }, Stack)
end

function Stack:push(value)
  self.size = self.size + 1
  self.items[self.size] = value
end

function Stack:pop()
  if self.size == 0 then return nil end
  local value = self.items[self.size]
  self.items[self.size] = nil
  self.size = self.size - 1
  return value
end

return Stack
"""#),
        ("objc", "sample.m", #"""
#import <Foundation/Foundation.h>

@interface Counter : NSObject
@property (nonatomic, assign) NSInteger value;
- (void)increment;
@end

@implementation Counter
- (void)increment {
    self.value += 1;
    NSLog(@"value is now %ld", (long)self.value);
}
@end
"""#),
        ("php", "sample.php", #"""
<?php

namespace App\Billing;

use InvalidArgumentException;

final class Money
{
    public function __construct(private int $cents, private string $currency = 'EUR')
    {
        if ($cents < 0) {
            throw new InvalidArgumentException("negative amount: $cents");
        }
    }

    public function add(Money $other): self
    {
        return new self($this->cents + $other->cents, $this->currency);
    }
}
"""#),
        ("python", "sample.py", #"""
from dataclasses import dataclass, field


@dataclass
class Ledger:
    """Keeps running balances per account."""

    balances: dict[str, int] = field(default_factory=dict)

    def post(self, account: str, amount: int) -> int:
        if amount == 0:
            raise ValueError("empty posting")
        self.balances[account] = self.balances.get(account, 0) + amount
        return self.balances[account]

    def report(self) -> list[str]:
        return [f"{name}: {value}" for name, value in sorted(self.balances.items())]
"""#),
        ("r", "sample.R", #"""
# Summaries of a numeric column by group
summarise_by <- function(data, column, group) {
  groups <- split(data[[column]], data[[group]])
  result <- sapply(groups, function(values) {
    c(mean = mean(values), n = length(values))
  })
  as.data.frame(t(result))
}

scores <- data.frame(team = c("a", "b", "a"), points = c(3, 5, 4))
if (nrow(scores) > 0) {
  print(summarise_by(scores, "points", "team"))
}
"""#),
        ("ruby", "sample.rb", #"""
require "json"

module Shop
  class Cart
    attr_reader :items

    def initialize
      @items = Hash.new(0)
    end

    def add(sku, quantity = 1)
      raise ArgumentError, "bad quantity" unless quantity.positive?
      @items[sku] += quantity
      self
    end

    def to_json(*args)
      { items: @items.map { |sku, n| { sku: sku, n: n } } }.to_json(*args)
    end
  end
end
"""#),
        ("rust", "sample.rs", #"""
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    Word(String),
    Number(i64),
}

pub fn count_words(tokens: &[Token]) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for token in tokens {
        if let Token::Word(word) = token {
            *counts.entry(word.as_str()).or_insert(0) += 1;
        }
    }
    counts
}
"""#),
        ("scala", "sample.scala", #"""
package demo.shapes

import scala.math.Pi

sealed trait Shape
final case class Circle(radius: Double) extends Shape
final case class Rect(width: Double, height: Double) extends Shape

object Shape {
  def area(shape: Shape): Double = shape match {
    case Circle(r)  => Pi * r * r
    case Rect(w, h) => w * h
  }

  def total(shapes: Seq[Shape]): Double =
    shapes.map(area).sum
}
"""#),
        ("tsx", "sample.tsx", #"""
import React, { useState } from "react";

type Props = { label: string; initial?: number };

export function Counter({ label, initial = 0 }: Props) {
  const [count, setCount] = useState<number>(initial);
  return (
    <button onClick={() => setCount(count + 1)}>
      {label}: {count}
    </button>
  );
}
"""#),
        ("typescript", "sample.ts", #"""
export interface User {
  id: number;
  name: string;
  email?: string;
}

export enum Role {
  Admin = "admin",
  Reader = "reader",
}

export async function loadUsers(url: string): Promise<User[]> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`request failed: ${response.status}`);
  }
  return (await response.json()) as User[];
}
"""#),
    ]
}
