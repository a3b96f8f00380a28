<?php
/**
 * A JSON object as StrictJson reads it.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * A JSON object: its members in order, duplicated keys kept.
 */
final class JsonObject {

	/** @var array<int, array{0: string, 1: mixed}> */
	public array $members;

	/** @param array<int, array{0: string, 1: mixed}> $members */
	public function __construct( array $members ) {
		$this->members = $members;
	}

	/**
	 * The members as a map (a duplicated key keeps its last value).
	 *
	 * @return array<string, mixed>
	 */
	public function to_map(): array {
		$map = array();
		foreach ( $this->members as $member ) {
			$map[ $member[0] ] = $member[1];
		}
		return $map;
	}
}
