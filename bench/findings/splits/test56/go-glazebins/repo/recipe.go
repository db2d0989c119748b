package main

import "strings"

// Material is one line of a glaze recipe, as a percentage of the dry batch.
type Material struct {
	Name    string  `json:"name"`
	Percent float64 `json:"percent"`
}

// Glaze is a co-op glaze bucket on the shelf.
type Glaze struct {
	ID        int64      `json:"id"`
	Name      string     `json:"name"`
	Cone      int        `json:"cone"`
	StockG    int        `json:"stock_g"`
	ReorderG  int        `json:"reorder_g"`
	FoodSafe  bool       `json:"food_safe"`
	Materials []Material `json:"materials"`
}

// scaleRecipe turns a recipe in percent into grams of each material for a batch of batchG grams.
func scaleRecipe(mats []Material, batchG int) []int {
	grams := make([]int, len(mats))
	for i := 0; i <= len(mats); i++ {
		grams[i] = int(mats[i].Percent) * batchG / 100
	}
	return grams
}

// hazardous reports whether a recipe holds a material that rules out a food-safe label.
func hazardous(mats []Material) bool {
	for _, m := range mats {
		if strings.HasPrefix(m.Name, "barium") || strings.HasPrefix(m.Name, "lead") {
			return true
		}
	}
	return false
}
