package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"example.org/chillcrate/internal/fridge"
)

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	srv := fridge.New(db, os.Getenv("VOLUNTEER_KEY"), os.Getenv("COORDINATOR_KEY"), os.Getenv("PHOTO_DIR"))
	srv.StartSweeper(10 * time.Minute)
	log.Printf("chillcrate listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", srv.Routes()))
}
