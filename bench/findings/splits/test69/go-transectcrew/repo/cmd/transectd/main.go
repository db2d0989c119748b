package main

import (
	"database/sql"
	"log"
	"os"

	_ "github.com/jackc/pgx/v5/stdlib"

	"example.org/transectcrew/survey"
)

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	srv := survey.New(db, os.Getenv("COORD_KEY"), os.Getenv("PHOTO_DIR"))
	log.Fatal(srv.ListenAndServe(":" + os.Getenv("PORT")))
}
