//
//  INVReportFormatter.m
//  Inventory
//

#import "INVReportFormatter.h"
#import "INVItem.h"
#import "INVWarehouse.h"

const INVReportOptions INVReportOptionsDefault = { INVReportStylePlain, YES, NO };

static NSString *INVEscapeCSV(NSString *field) {
    if ([field rangeOfCharacterFromSet:[NSCharacterSet characterSetWithCharactersInString:@",\"\n"]].location
        == NSNotFound) {
        return field;
    }
    NSString *escaped = [field stringByReplacingOccurrencesOfString:@"\"" withString:@"\"\""];
    return [NSString stringWithFormat:@"\"%@\"", escaped];
}

@implementation INVReportFormatter {
    NSNumberFormatter *_currencyFormatter;
}

- (instancetype)init {
    return [self initWithOptions:INVReportOptionsDefault];
}

- (instancetype)initWithOptions:(INVReportOptions)options {
    self = [super init];
    if (self) {
        _options = options;
        _locale = [NSLocale localeWithLocaleIdentifier:@"en_US_POSIX"];
        _currencyFormatter = [[NSNumberFormatter alloc] init];
        _currencyFormatter.numberStyle = NSNumberFormatterDecimalStyle;
        _currencyFormatter.minimumFractionDigits = 2;
        _currencyFormatter.maximumFractionDigits = 2;
        _currencyFormatter.locale = _locale;
    }
    return self;
}

- (NSString *)lineForItem:(INVItem *)item {
    NSString *value = [_currencyFormatter stringFromNumber:item.totalValue] ?: @"0.00";
    switch (self.options.style) {
        case INVReportStyleCSV:
            return [@[INVEscapeCSV(item.sku), INVEscapeCSV(item.name), INVCategoryName(item.category),
                      @(item.quantity).stringValue, value] componentsJoinedByString:@","];
        case INVReportStylePlain:
        default:
            // %@ ignores field widths, so pad the columns explicitly.
            return [NSString stringWithFormat:@"%@ %@ %6ld %@",
                    [item.sku stringByPaddingToLength:10 withString:@" " startingAtIndex:0],
                    [item.name stringByPaddingToLength:24 withString:@" " startingAtIndex:0],
                    (long)item.quantity, value];
    }
}

- (NSString *)reportForWarehouse:(INVWarehouse *)warehouse {
    NSMutableArray<NSString *> *lines = [NSMutableArray array];
    if (self.options.style == INVReportStyleCSV) {
        [lines addObject:@"sku,name,category,quantity,value"];
    } else {
        [lines addObject:[NSString stringWithFormat:@"Warehouse %@ (%lu/%lu units)", warehouse.identifier,
                          (unsigned long)warehouse.usedUnits, (unsigned long)warehouse.capacity]];
    }

    NSArray<INVItem *> *items = warehouse.allItems;
    if (!self.options.includeOutOfStock) {
        items = [items filteredArrayUsingPredicate:[NSPredicate predicateWithFormat:@"quantity > 0"]];
    }
    if (self.options.groupByCategory) {
        NSSortDescriptor *byCategory = [NSSortDescriptor sortDescriptorWithKey:@"category" ascending:YES];
        NSSortDescriptor *bySKU = [NSSortDescriptor sortDescriptorWithKey:@"sku" ascending:YES];
        items = [items sortedArrayUsingDescriptors:@[byCategory, bySKU]];
    }

    @try {
        for (INVItem *item in items) {
            [lines addObject:[self lineForItem:item]];
        }
    } @catch (NSException *exception) {
        [lines addObject:[NSString stringWithFormat:@"# report truncated: %@", exception.reason]];
    }
    return [[lines componentsJoinedByString:@"\n"] stringByAppendingString:@"\n"];
}

@end

@implementation INVItem (INVReporting)

- (NSString *)inv_shortLabel {
    return [NSString stringWithFormat:@"%@ x%ld", self.sku, (long)self.quantity];
}

@end
