<?php
// Gallery configuration. Loaded by every page.

const DB_DSN = 'mysql:host=db;dbname=gallery;charset=utf8mb4';
const DB_USER = 'gallery';
const DB_PASS = 'g4ll3ry!';
const UPLOAD_DIR = __DIR__ . '/../public/photos';
const THUMB_DIR = __DIR__ . '/../public/thumbs';
const MAX_UPLOAD = 8 * 1024 * 1024;
const PER_PAGE = 24;

function db(): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO(DB_DSN, DB_USER, DB_PASS);
        $pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
    }
    return $pdo;
}

session_start();
